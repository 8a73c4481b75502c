package org.notegraph.enrich;

import java.time.Duration;
import java.time.Instant;

/**
 * The clocks and the sleep of an enrich run, injectable so that tests check rate limits and
 * back-off by what the run asked for, without waiting.
 */
public interface Timing {
    /** A monotonic clock, in nanoseconds, for the rate limits. */
    long nanoTime();

    /** The wall clock, for the retrieval times recorded with each answer. */
    Instant now();

    void sleep(Duration d) throws InterruptedException;

    /** The system's clocks and {@link Thread#sleep}. */
    Timing SYSTEM = new Timing() {
        public long nanoTime() { return System.nanoTime(); }
        public Instant now() { return Instant.now(); }
        public void sleep(Duration d) throws InterruptedException { if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis()); }
    };
}
