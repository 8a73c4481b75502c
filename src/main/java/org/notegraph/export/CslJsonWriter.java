package org.notegraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes entries as CSL-JSON (the input format of citeproc processors, Zotero, Pandoc): an array of
 * items with {@code id} and {@code citation-key} (the citation key), {@code type}
 * ({@code paper-conference}, {@code article-journal}, or {@code article} for a preprint),
 * {@code title}, {@code author} ({@code family}/{@code given}/{@code suffix}), {@code container-title},
 * {@code issued.date-parts}, {@code DOI}, {@code URL}, and for arXiv {@code number = arXiv:ID}
 * with {@code publisher = arXiv}.
 */
final class CslJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CslJsonWriter() {}

    static void write(List<BibEntry> entries, Writer out) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (BibEntry e : entries) items.add(item(e));
        JSON.writeValue(out, items);
        out.write("\n");
    }

    static Map<String, Object> item(BibEntry e) {
        BibPaper p = e.paper();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", e.key());
        item.put("citation-key", e.key());
        item.put("type", switch (e.kind()) {
            case CONFERENCE -> "paper-conference";
            case JOURNAL -> "article-journal";
            case PREPRINT -> "article";
        });
        if (p.title() != null) item.put("title", p.title());
        if (!e.authors().isEmpty()) {
            List<Map<String, String>> authors = new ArrayList<>();
            for (PersonName n : e.authors()) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("family", n.family());
                if (n.given() != null) a.put("given", n.given());
                if (n.suffix() != null) a.put("suffix", n.suffix());
                authors.add(a);
            }
            item.put("author", authors);
        }
        if (e.kind() == VenueKinds.Kind.CONFERENCE) item.put("container-title", e.booktitle());
        if (e.kind() == VenueKinds.Kind.JOURNAL) item.put("container-title", e.journal());
        if (p.year() != null) item.put("issued", Map.of("date-parts", List.of(List.of(p.year()))));
        if (p.doi() != null) item.put("DOI", p.doi());
        if (p.arxiv() != null && e.kind() == VenueKinds.Kind.PREPRINT) {
            item.put("number", "arXiv:" + p.arxiv());
            item.put("publisher", "arXiv");
        }
        String url = e.url();
        if (url != null) item.put("URL", url);
        return item;
    }
}
