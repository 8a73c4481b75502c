package org.notegraph.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Crossref's REST API ({@code /works/DOI}): {@code {"status":"ok","message":{…}}} with {@code title}
 * and {@code container-title} as arrays, {@code author} as {@code given}/{@code family} (or
 * {@code name}) in order, and the year in {@code issued.date-parts[0][0]} (else the print, online or
 * created date). An unknown DOI is a 404. Polite pool with a contact address (mailto parameter and
 * User-Agent): 10 requests a second; public pool: 5.
 */
final class CrossrefSource implements Source {
    static final String DEFAULT_BASE = "https://api.crossref.org";

    private final String base;
    private final String contact;

    CrossrefSource(String base, String contact) {
        this.base = Source.trim(base == null ? DEFAULT_BASE : base);
        this.contact = contact;
    }

    public String name() { return "crossref"; }
    public String extension() { return "json"; }
    public String accept() { return "application/json"; }

    public Optional<Lookup> lookup(KnownPaper paper, String title) {
        String doi = Dois.of(paper);
        if (doi == null) return Optional.empty();
        String recorded = base + "/works/" + Source.encode(doi, false);
        return Optional.of(new Lookup("doi:" + doi, URI.create(recorded + Source.mailto(contact, true)), recorded, null));
    }

    public Optional<Work> read(String body, Lookup lookup) {
        JsonObject root = Json.object(body);
        JsonObject m = Json.obj(root, "message");
        if (m == null) throw new IllegalArgumentException("no message object");
        List<String> authors = new ArrayList<>();
        for (JsonValue a : Json.array(m, "author")) {
            String given = Json.text(a, "given");
            String family = Json.text(a, "family");
            String name = family != null ? (given == null ? family : given + " " + family) : Json.text(a, "name");
            if (name != null) authors.add(name);
        }
        Integer year = null;
        for (String date : List.of("issued", "published-print", "published-online", "published", "created")) {
            List<JsonValue> parts = Json.array(m, date, "date-parts");
            if (!parts.isEmpty() && parts.get(0).isArray() && !parts.get(0).getAsArray().isEmpty()) {
                year = Json.integer(parts.get(0).getAsArray().get(0));
                if (year != null) break;
            }
        }
        String venue = Json.text(m, "container-title");
        if (venue == null) venue = Json.text(m, "event", "name");
        Work w = new Work(Json.text(m, "title"), authors, venue, year);
        return w.isEmpty() ? Optional.empty() : Optional.of(w);
    }

    public TokenBucket bucket(Timing timing) {
        boolean polite = contact != null && !contact.isBlank();
        return new TokenBucket(polite ? 10 : 5, polite ? 10 : 5, timing);
    }
}
