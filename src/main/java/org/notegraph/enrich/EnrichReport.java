package org.notegraph.enrich;

import java.util.List;
import java.util.Locale;

/**
 * What an enrich run did: papers identified and enriched, lookups answered from the cache and by
 * the services, requests sent (retries included), the fields it filled where the notes had none,
 * the differences with the notes, and the lookups that failed.
 */
public record EnrichReport(List<String> sources, int papers, int enriched, int lookups, int fromCache, int requests,
                           int filled, List<Difference> differences, List<Failure> failures) {
    public EnrichReport {
        sources = List.copyOf(sources);
        differences = List.copyOf(differences);
        failures = List.copyOf(failures);
    }

    /** True when lookups were due and every one of them failed: nothing could be done. */
    public boolean nothingDone() { return lookups > 0 && failures.size() == lookups; }

    public String summary() {
        return String.format(Locale.ROOT,
                "enriched %d of %d identified papers from %s: %d lookups (%d from the cache, %d requests sent), "
                        + "%d %s filled where the notes have none, %d %s with the notes, %d failed",
                enriched, papers, String.join(", ", sources), lookups, fromCache, requests,
                filled, filled == 1 ? "field" : "fields", differences.size(), differences.size() == 1 ? "difference" : "differences",
                failures.size());
    }
}
