package org.notegraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notegraph.enrich.EnrichSettings;
import picocli.CommandLine.Option;

/** The options of {@code enrich} and {@code build --enrich}: sources, contact address, cache, service addresses. */
public final class EnrichOptions {
    @Option(names = "--sources", paramLabel = "LIST", split = ",",
            description = "Services to ask, in order of preference: arxiv, crossref, openalex, dblp, openreview (default: all).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--contact", paramLabel = "EMAIL",
            description = "Contact address for the polite pools (User-Agent and mailto); default: $NOTEGRAPH_CONTACT.")
    String contact;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where answers are kept (default: <db>/enrich-cache).")
    Path cache;

    @Option(names = "--source-url", paramLabel = "NAME=URL",
            description = "Ask a service at another address (a mirror, a local stand-in), e.g. crossref=http://127.0.0.1:8080; repeatable.")
    Map<String, String> sourceUrls = new LinkedHashMap<>();

    EnrichSettings settings(Path db) {
        for (String s : sources) {
            if (!EnrichSettings.DEFAULT_SOURCES.contains(s)) {
                throw new UserErrors.Mistake("--sources: unknown source '" + s + "' (known: " + String.join(", ", EnrichSettings.DEFAULT_SOURCES) + ")");
            }
        }
        for (Map.Entry<String, String> e : sourceUrls.entrySet()) {
            if (!EnrichSettings.DEFAULT_SOURCES.contains(e.getKey())) throw new UserErrors.Mistake("--source-url: unknown source '" + e.getKey() + "'");
            if (!e.getValue().matches("(?i)https?://[^\\s?#]+")) {
                throw new UserErrors.Mistake("--source-url " + e.getKey() + ": '" + e.getValue() + "' is not an http(s) address without query");
            }
        }
        String who = contact != null ? contact : System.getenv("NOTEGRAPH_CONTACT");
        return EnrichSettings.of(sources, cache != null ? cache : EnrichSettings.defaultCache(db), who, sourceUrls);
    }
}
