package org.notegraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate limits, checked on an injected clock: spacing of requests, bursts, refill while idle. */
class TokenBucketTest {
    /** The clock's reading at each acquisition. */
    private static List<Long> acquireTimes(TokenBucket bucket, StandInServices.FakeTiming timing, int n) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bucket.acquire();
            times.add(timing.nanoTime());
        }
        return times;
    }

    @Test
    void arxivRequestsAreThreeSecondsApart() throws Exception {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        TokenBucket arxiv = new ArxivSource(null).bucket(timing);
        List<Long> t = acquireTimes(arxiv, timing, 4);
        for (int i = 1; i < t.size(); i++) assertThat(t.get(i) - t.get(i - 1)).isGreaterThanOrEqualTo(3_000_000_000L).isLessThan(3_000_001_000L);
        assertThat(timing.sleeps).hasSize(3);
    }

    @Test
    void aBurstUpToTheCapacityGoesAtOnceThenTheRateHolds() throws Exception {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        TokenBucket politeCrossref = new CrossrefSource(null, "lab@example.org").bucket(timing);
        List<Long> t = acquireTimes(politeCrossref, timing, 12);
        assertThat(t.get(9)).isEqualTo(t.get(0));            // ten at once
        assertThat(t.get(11) - t.get(9)).isBetween(199_000_000L, 201_000_000L);   // then ten a second
        StandInServices.FakeTiming t2 = new StandInServices.FakeTiming();
        TokenBucket publicCrossref = new CrossrefSource(null, null).bucket(t2);
        List<Long> p = acquireTimes(publicCrossref, t2, 6);
        assertThat(p.get(4)).isEqualTo(p.get(0));
        assertThat(p.get(5) - p.get(4)).isBetween(199_000_000L, 201_000_000L);   // five a second
    }

    @Test
    void anIdleBucketRefillsAndNeverBeyondItsCapacity() throws Exception {
        StandInServices.FakeTiming timing = new StandInServices.FakeTiming();
        TokenBucket dblp = new DblpSource(null).bucket(timing);
        dblp.acquire();
        timing.advance(Duration.ofSeconds(30));
        dblp.acquire();                                       // refilled while idle: no wait
        assertThat(timing.sleeps).isEmpty();
        dblp.acquire();                                       // capacity 1: the next waits a second
        assertThat(timing.sleeps).containsExactly(Duration.ofSeconds(1));
    }
}
