package org.notegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes entries as BibTeX: {@code @inproceedings} with a booktitle for a conference,
 * {@code @article} with a journal, {@code @misc} for a preprint (arXiv: {@code eprint} and
 * {@code archivePrefix = {arXiv}}); authors as "Family, Given" joined by "and", in their order;
 * {@code doi} and {@code url} as they are (raw, so braces and spaces are percent-encoded),
 * every other value escaped by {@link TexText}.
 */
final class BibtexWriter {
    private BibtexWriter() {}

    static void write(List<BibEntry> entries, Writer out) throws IOException {
        boolean first = true;
        for (BibEntry e : entries) {
            if (!first) out.write("\n");
            first = false;
            out.write(entry(e));
        }
    }

    static String entry(BibEntry e) {
        BibPaper p = e.paper();
        String type = switch (e.kind()) {
            case CONFERENCE -> "inproceedings";
            case JOURNAL -> "article";
            case PREPRINT -> "misc";
        };
        List<String[]> fields = new ArrayList<>();
        if (!e.authors().isEmpty()) fields.add(field("author", authors(e.authors())));
        if (p.title() != null) fields.add(field("title", TexText.title(p.title())));
        if (e.kind() == VenueKinds.Kind.CONFERENCE) fields.add(field("booktitle", TexText.escape(e.booktitle())));
        if (e.kind() == VenueKinds.Kind.JOURNAL) fields.add(field("journal", TexText.escape(e.journal())));
        if (p.year() != null) fields.add(field("year", p.year().toString()));
        if (p.doi() != null) fields.add(field("doi", raw(p.doi())));
        if (p.arxiv() != null) {
            fields.add(field("eprint", raw(p.arxiv())));
            fields.add(field("archivePrefix", "arXiv"));
        }
        String url = e.url();
        if (url != null) fields.add(field("url", raw(url)));
        StringBuilder s = new StringBuilder("@").append(type).append('{').append(e.key());
        for (String[] f : fields) s.append(",\n  ").append(f[0]).append(" = {").append(f[1]).append('}');
        return s.append("\n}\n").toString();
    }

    private static String[] field(String name, String value) { return new String[] {name, value}; }

    static String authors(List<PersonName> names) {
        List<String> parts = new ArrayList<>();
        for (PersonName n : names) {
            String family = TexText.escape(n.family());
            if (n.given() == null && n.suffix() == null) parts.add(family.contains(" ") ? "{" + family + "}" : family);
            else if (n.suffix() == null) parts.add(family + ", " + TexText.escape(n.given()));
            else parts.add(family + ", " + TexText.escape(n.suffix()) + ", " + (n.given() == null ? "" : TexText.escape(n.given())));
        }
        return String.join(" and ", parts);
    }

    /** A value TeX must not interpret (DOI, URL, arXiv id): kept as it is, with braces and spaces percent-encoded. */
    private static String raw(String value) {
        return value.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20").replace("\\", "%5C");
    }
}
