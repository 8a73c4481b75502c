package org.notegraph.query;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * A copy, in memory, of the notegraph graphs a remote store holds: what {@code serve --endpoint}
 * serves (and what {@code query --endpoint} runs full-text queries on: {@link QueryRunner#needsTextIndex}), so the pages, search and the map run on it as on a local store (same TDB2 union default
 * graph, same full-text index) and every store that answers SPARQL 1.1 queries can be served,
 * whatever its default graph is. The graphs are listed and counted once per fetch, then each is
 * read with a CONSTRUCT and checked complete.
 *
 * <p>A fetch replaces the copy's graphs in one write transaction, and each page reads in one read
 * transaction, so a page sees the old copy or the new one, never part of each. A fetch that fails
 * leaves the copy as it was.
 */
public final class RemoteCopy implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One successful fetch: when it ended, how many graphs and triples it copied, whether it changed the copy. */
    public record Fetch(Instant at, int graphs, long triples, boolean changed, Duration took) {
        public String when() { return TIME.format(at); }
    }

    private final RemoteSource source;
    private final Duration timeout;
    private final NoteStore store;
    private volatile Fetch last;
    private final Object refresherLock = new Object();
    private ScheduledExecutorService refresher;

    private RemoteCopy(RemoteSource source, Duration timeout) {
        this.source = source;
        this.timeout = timeout;
        this.store = Stores.inMemory();
    }

    /**
     * Copies the remote store's graphs; fails with a {@link org.notegraph.query.RemoteQueryException}
     * naming the endpoint when it refuses, cannot be reached or holds no published graphs.
     *
     * @param timeout the time limit of each request to the endpoint
     */
    public static RemoteCopy fetch(RemoteSource source, Duration timeout) {
        RemoteCopy copy = new RemoteCopy(source, timeout);
        try {
            copy.refresh();
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    public String url() { return source.url(); }


    /** The copy: named graphs, their union as the default graph, {@code text:query} over its own index. */
    public DatasetGraph datasetGraph() { return store.datasetGraph(); }

    /** The last fetch that succeeded. */
    public Fetch last() { return last; }

    /** What the home page says about where its data comes from. */
    public String notice() {
        Fetch f = last;
        return String.format(Locale.ROOT, "A copy of %s, fetched at %s (%d graphs, %,d triples).", source.url(), f.when(), f.graphs(), f.triples());
    }

    /** Fetches every graph again and replaces the copy with them in one transaction; on failure the copy stays as it was. */
    public synchronized Fetch refresh() {
        long start = System.nanoTime();
        RemoteEndpoint endpoint = new RemoteEndpoint(source.url(), Math.max(1, timeout.toSeconds()), source.login());
        Map<String, Long> sizes = endpoint.graphSizes();
        Map<String, Graph> graphs = new TreeMap<>();
        long triples = 0;
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            graphs.put(e.getKey(), endpoint.graph(e.getKey(), e.getValue()));
            triples += e.getValue();
        }
        Set<String> gone = new TreeSet<>(store.graphNames());
        gone.removeAll(graphs.keySet());
        boolean changed = !store.apply(graphs, gone).isEmpty();
        last = new Fetch(Instant.now(), graphs.size(), triples, changed, Duration.ofNanos(System.nanoTime() - start));
        return last;
    }

    /**
     * Fetches again every {@code every}, in a background thread, until closed. Each fetch that changed
     * the copy, and each that failed (the copy then stays as it was), is told to {@code report}.
     */
    public AutoCloseable refreshEvery(Duration every, Consumer<String> report) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "notegraph-refresh");
            t.setDaemon(true);
            return t;
        });
        synchronized (refresherLock) {
            if (refresher != null) throw new IllegalStateException("already refreshing");
            refresher = s;
        }
        long millis = every.toMillis();
        s.scheduleWithFixedDelay(() -> {
            Fetch before = last;
            try {
                Fetch f = refresh();
                if (f.changed()) {
                    report.accept(String.format(Locale.ROOT, "notegraph: refreshed the copy of %s at %s: %d graphs, %,d triples (%.1f s)",
                            source.url(), f.when(), f.graphs(), f.triples(), f.took().toMillis() / 1000.0));
                }
            } catch (RuntimeException e) {
                String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
                report.accept("notegraph: refreshing the copy of " + source.url() + " failed: " + why
                        + "; still serving the copy fetched at " + before.when() + ", trying again in " + every.toSeconds() + " s");
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return this::stopRefreshing;
    }

    private void stopRefreshing() {
        synchronized (refresherLock) {
            if (refresher == null) return;
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public void close() {
        stopRefreshing();
        store.close();
    }
}
