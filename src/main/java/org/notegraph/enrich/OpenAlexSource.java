package org.notegraph.enrich;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * OpenAlex's single-work endpoint ({@code /works/doi:DOI}; an arXiv paper by the DOI arXiv
 * registers for it, {@code 10.48550/arXiv.ID}): {@code display_name} (or {@code title}),
 * {@code authorships[].author.display_name} in order, {@code primary_location.source.display_name}
 * and {@code publication_year}. An unknown work is a 404. Limit: 100 requests a second; we ask at
 * most 10. The contact address goes in the mailto parameter; an API key, if set, in api_key.
 */
final class OpenAlexSource implements Source {
    static final String DEFAULT_BASE = "https://api.openalex.org";
    static final String ARXIV_DOI_PREFIX = "10.48550/arXiv.";

    private final String base;
    private final String contact;
    private final String apiKey;

    OpenAlexSource(String base, String contact, String apiKey) {
        this.base = Source.trim(base == null ? DEFAULT_BASE : base);
        this.contact = contact;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    public String name() { return "openalex"; }
    public String extension() { return "json"; }
    public String accept() { return "application/json"; }

    public Optional<Lookup> lookup(KnownPaper paper, String title) {
        String doi = Dois.of(paper);
        String key;
        if (doi != null) {
            key = "doi:" + doi;
        } else if (paper.arxivId() != null) {
            doi = ARXIV_DOI_PREFIX + paper.arxivId();
            key = "arxiv:" + paper.arxivId();
        } else {
            return Optional.empty();
        }
        String recorded = base + "/works/doi:" + Source.encode(doi, true);
        String sent = recorded + Source.mailto(contact, true)
                + (apiKey == null ? "" : (contact == null || contact.isBlank() ? "?" : "&") + "api_key=" + Source.encode(apiKey, false));
        return Optional.of(new Lookup(key, URI.create(sent), recorded, null));
    }

    public Optional<Work> read(String body, Lookup lookup) {
        JsonObject w = Json.object(body);
        if (w.get("id") == null && w.get("display_name") == null && w.get("title") == null) {
            throw new IllegalArgumentException("not an OpenAlex work");
        }
        List<String> authors = new ArrayList<>();
        for (JsonValue a : Json.array(w, "authorships")) {
            String name = Json.text(a, "author", "display_name");
            if (name == null) name = Json.text(a, "raw_author_name");
            if (name != null) authors.add(name);
        }
        String title = Json.text(w, "display_name");
        if (title == null) title = Json.text(w, "title");
        Work work = new Work(title, authors, Json.text(w, "primary_location", "source", "display_name"),
                Json.integer(w, "publication_year"));
        return work.isEmpty() ? Optional.empty() : Optional.of(work);
    }

    public TokenBucket bucket(Timing timing) { return new TokenBucket(10, 10, timing); }
}
