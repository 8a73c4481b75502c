package org.notegraph.enrich;

import java.time.Duration;

/**
 * A token bucket: at most {@code capacity} requests at once, refilled at {@code perSecond} tokens a
 * second. {@link #acquire} sleeps until a token is there, so requests to one service never come
 * faster than its published limit (arXiv: one every 3 s, a capacity of 1 and 1/3 token a second).
 */
public final class TokenBucket {
    private static final double EPSILON = 1e-9;
    private final double capacity;
    private final double perNano;
    private final Timing timing;
    private double tokens;
    private long last;

    public TokenBucket(double capacity, double perSecond, Timing timing) {
        if (capacity < 1 || perSecond <= 0) throw new IllegalArgumentException("capacity >= 1 and a positive rate are needed");
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.timing = timing;
        this.tokens = capacity;
        this.last = timing.nanoTime();
    }

    /** A bucket of {@code capacity} tokens that lets one request through every {@code interval}. */
    public static TokenBucket every(Duration interval, int capacity, Timing timing) {
        return new TokenBucket(capacity, 1e9 / interval.toNanos(), timing);
    }

    /** Takes one token, first sleeping as long as it takes one to become available. */
    public synchronized void acquire() throws InterruptedException {
        refill();
        while (tokens < 1 - EPSILON) {
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            timing.sleep(Duration.ofNanos(waitNanos));
            refill();
        }
        tokens = Math.max(0, tokens - 1);
    }

    private void refill() {
        long now = timing.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
