package org.notegraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The store's papers as a bibliography, BibTeX or CSL-JSON: every paper, or the papers a named
 * query's results name. Entries are in citation-key order and keys depend only on a paper's
 * fields and IRI, so the same store gives the same file.
 */
public final class Bibliography {
    public enum Format { BIBTEX, CSLJSON }

    private final VenueKinds kinds = VenueKinds.defaults();

    /** The bibliography format of this name ("bibtex", "csljson", "csl-json"), if it is one. */
    public static Optional<Format> format(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "bibtex", "bib" -> Optional.of(Format.BIBTEX);
            case "csljson", "csl" -> Optional.of(Format.CSLJSON);
            default -> Optional.empty();
        };
    }

    /**
     * Writes the papers (all, or those whose IRIs are in {@code only} when it is not null);
     * returns the number of entries written.
     */
    public int write(DatasetGraph dsg, Format format, Set<String> only, OutputStream out) {
        List<BibEntry> entries = Txn.calculateRead(dsg, () -> entries(BibPapers.read(dsg, only)));
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (format == Format.BIBTEX) BibtexWriter.write(entries, w);
            else CslJsonWriter.write(entries, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries.size();
    }

    List<BibEntry> entries(List<BibPaper> papers) {
        Map<String, String> keys = CitationKeys.assign(papers);
        List<BibEntry> entries = new ArrayList<>();
        for (BibPaper p : papers) {
            entries.add(new BibEntry(keys.get(p.iri()), kinds.of(p.venue()), p, p.authors().stream().map(PersonName::parse).toList()));
        }
        entries.sort(Comparator.comparing(BibEntry::key));
        return entries;
    }
}
