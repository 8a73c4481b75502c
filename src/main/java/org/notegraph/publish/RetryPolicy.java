package org.notegraph.publish;

import java.time.Duration;

/**
 * How often and how patiently a request is tried again after a failure that may pass (a refused or
 * dropped connection, a time-out, 5xx, 429): {@code attempts} tries in all, the wait doubling from
 * {@code firstDelay} up to {@code maxDelay} (a 429's or 503's Retry-After is honoured up to it).
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (attempts < 1) throw new IllegalArgumentException("at least one attempt");
    }

    /** The wait before attempt {@code n + 1} after attempt {@code n} (1-based) failed. */
    public Duration delayAfter(int n) {
        long ms = firstDelay.toMillis() << Math.min(20, n - 1);
        return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
    }
}
