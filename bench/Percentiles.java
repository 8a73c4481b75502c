import java.util.List;

/** Nearest-rank percentiles of timings, for the bench/ clients. */
final class Percentiles {
    private Percentiles() {}

    /** The p-th percentile (nearest rank) of values sorted in ascending order; not empty. */
    static double of(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
