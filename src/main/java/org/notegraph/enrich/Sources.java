package org.notegraph.enrich;

import java.util.ArrayList;
import java.util.List;

/** The sources by name, made with their settings. */
final class Sources {
    private Sources() {}

    static List<Source> of(EnrichSettings s) {
        List<Source> out = new ArrayList<>();
        for (String name : s.sources()) {
            String base = s.baseUrls().get(name);
            out.add(switch (name) {
                case "arxiv" -> new ArxivSource(base);
                case "crossref" -> new CrossrefSource(base, s.contact());
                case "openalex" -> new OpenAlexSource(base, s.contact(), s.openAlexKey());
                case "dblp" -> new DblpSource(base);
                case "openreview" -> new OpenReviewSource(base);
                default -> throw new IllegalArgumentException("unknown source '" + name + "' (known: "
                        + String.join(", ", EnrichSettings.DEFAULT_SOURCES) + ")");
            });
        }
        return out;
    }
}
