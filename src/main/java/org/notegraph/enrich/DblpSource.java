package org.notegraph.enrich;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * DBLP's publication search ({@code /search/publ/api?q=TITLE&format=json}), asked by the best title
 * known so far (the notes', else an earlier source's), since DBLP has no look-up by arXiv id or DOI:
 * {@code result.hits.hit[].info} with {@code title} (ending in a full stop), {@code authors.author}
 * (one object or an array, {@code text} the name, a homonym number such as " 0001" appended),
 * {@code venue} and {@code year}. A hit counts only when its title equals the searched one (case,
 * punctuation and spacing aside); a published version wins over the CoRR preprint. DBLP publishes no
 * rate limit: we ask once a second.
 */
final class DblpSource implements Source {
    static final String DEFAULT_BASE = "https://dblp.org/search/publ/api";

    private final String base;

    DblpSource(String base) { this.base = Source.trim(base == null ? DEFAULT_BASE : base); }

    public String name() { return "dblp"; }
    public String extension() { return "json"; }
    public String accept() { return "application/json"; }

    @Override
    public boolean byTitle() { return true; }

    public Optional<Lookup> lookup(KnownPaper paper, String title) {
        if (title == null || Titles.key(title).isEmpty()) return Optional.empty();
        String url = base + "?q=" + Source.encode(title, false) + "&format=json&h=10";
        return Optional.of(new Lookup("title:" + Titles.key(title), URI.create(url), url, title));
    }

    public Optional<Work> read(String body, Lookup lookup) {
        JsonObject root = Json.object(body);
        if (Json.obj(root, "result") == null) throw new IllegalArgumentException("no result object");
        Work preprint = null;
        for (JsonValue hit : Json.array(root, "result", "hits", "hit")) {
            JsonValue info = Json.at(hit, "info");
            String title = Json.text(info, "title");
            if (title == null || !Titles.key(title).equals(Titles.key(lookup.title()))) continue;
            List<String> authors = new ArrayList<>();
            for (JsonValue a : Json.array(info, "authors", "author")) {
                String name = a.isString() ? a.getAsString().value() : Json.text(a, "text");
                if (name != null) authors.add(name.replaceAll("\\s+\\d{4}$", ""));
            }
            String t = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
            Work w = new Work(t, authors, Json.text(info, "venue"), Json.integer(info, "year"));
            if (!Preprints.isPreprint(w.venue())) return Optional.of(w);
            if (preprint == null) preprint = w;
        }
        return Optional.ofNullable(preprint);
    }

    public TokenBucket bucket(Timing timing) { return TokenBucket.every(Duration.ofSeconds(1), 1, timing); }
}
