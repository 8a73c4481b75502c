package org.notegraph.enrich;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an enrich run asks and where it keeps answers: the sources in order of preference (an earlier
 * source's value wins over a later one's), the cache folder, the contact address for the polite pools
 * (User-Agent and mailto), base URLs replacing a source's public address (tests point them at a local
 * server), an OpenAlex API key (optional), and the attempts per request with the first back-off.
 */
public record EnrichSettings(List<String> sources, Path cache, String contact, Map<String, String> baseUrls,
                             String openAlexKey, int attempts, java.time.Duration firstBackoff) {
    /** The sources asked when none are named. */
    public static final List<String> DEFAULT_SOURCES = List.of("arxiv", "crossref", "openalex", "dblp", "openreview");

    public EnrichSettings {
        sources = sources == null || sources.isEmpty() ? DEFAULT_SOURCES : List.copyOf(sources);
        baseUrls = baseUrls == null ? Map.of() : Map.copyOf(baseUrls);
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        if (attempts < 1) attempts = 4;
        if (firstBackoff == null) firstBackoff = java.time.Duration.ofSeconds(1);
    }

    public static EnrichSettings of(List<String> sources, Path cache, String contact, Map<String, String> baseUrls) {
        return new EnrichSettings(sources, cache, contact, baseUrls, System.getenv("NOTEGRAPH_OPENALEX_KEY"), 4, null);
    }

    /** The cache folder beside a store when none is given: {@code <db>/enrich-cache}. */
    public static Path defaultCache(Path db) { return db.resolve("enrich-cache"); }
}
