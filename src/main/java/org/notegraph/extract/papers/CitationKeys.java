package org.notegraph.extract.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.Library;
import org.notegraph.notes.LibraryEntry;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.Segment;

/**
 * Pandoc and Zotero citations ({@code [@vaswani2017attention]}, {@code [see @a; @b, p. 3]}, a bare
 * {@code @key}) and notes named or front-mattered by a citation key, resolved against the user's
 * library: each cited paper gets the library's title, authors in order, venue, year and
 * identifiers, and each mention keeps its own span. A bracketed key the library lacks is a warning
 * with file and line; a bare {@code @word} the library lacks is left alone (it may be a handle).
 */
final class CitationKeys {
    private static final String KEY = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&\\-+?<>~/]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}_]";
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]*@[^\\[\\]\\n]*)]");
    private static final Pattern KEY_IN_BRACKET = Pattern.compile("(?<![\\p{L}\\p{N}_])-?@(" + KEY + ")");
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/\\[-])@(" + KEY + ")");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final List<String> KEY_FIELDS = List.of("citekey", "citationkey", "citation-key", "key", "id");

    List<PaperDraft> find(ParsedNote note, NoteRecords records, Library library, List<PaperDraft> known, int order,
                          Diagnostics diagnostics) {
        List<PaperDraft> out = new ArrayList<>();
        if (library.isEmpty() && !mayCite(note.text())) return out;
        String text = note.text();
        noteKey(note, library).ifPresent(e -> {
            PaperDraft own = known.stream().filter(d -> d.rule.equals("front-matter")).findFirst().orElse(null);
            if (own != null) fill(own, e);
            else {
                NoteRecord first = records.size() == 0 ? null : records.get(0);
                if (first != null) {
                    PaperDraft d = PaperDraft.unlinked(first, "library-note", order + out.size(), first.start(), first.start());
                    fill(d, e);
                    out.add(d);
                }
            }
        });
        for (NoteRecord r : records.all()) {
            if (r.kind() == RecordKind.FRONT_MATTER) continue;
            for (Segment s : ownLines(r)) {
                String line = CODE_SPAN.matcher(s.of(text)).replaceAll(m -> " ".repeat(m.group().length()));
                List<int[]> taken = new ArrayList<>();
                Matcher b = BRACKETED.matcher(line);
                while (b.find()) {
                    if (b.end() < line.length() && line.charAt(b.end()) == '(') continue;
                    Matcher k = KEY_IN_BRACKET.matcher(line).region(b.start(1), b.end(1));
                    while (k.find()) {
                        taken.add(new int[] {k.start(), k.end()});
                        cite(r, s.start() + k.start(), s.start() + k.end(), k.group(1), true, note, library, out, order, diagnostics);
                    }
                }
                Matcher bare = BARE.matcher(line);
                while (bare.find()) {
                    int at = bare.start();
                    if (taken.stream().anyMatch(t -> at >= t[0] && at < t[1])) continue;
                    cite(r, s.start() + bare.start(), s.start() + bare.end(), bare.group(1), false, note, library, out, order, diagnostics);
                }
            }
        }
        return out;
    }

    private static boolean mayCite(String text) {
        return text.indexOf('@') >= 0;
    }

    private static List<Segment> ownLines(NoteRecord r) {
        return r.kind() == RecordKind.TABLE_ROW || r.kind() == RecordKind.HTML_TABLE_ROW
                ? r.cells().stream().flatMap(c -> c.lines().stream()).toList() : r.lines();
    }

    private void cite(NoteRecord r, int start, int end, String key, boolean bracketed, ParsedNote note, Library library,
                      List<PaperDraft> out, int order, Diagnostics diagnostics) {
        String k = key.replaceAll("[.:,;]+$", "");
        Optional<LibraryEntry> e = library.get(k);
        if (e.isEmpty()) {
            if (bracketed && diagnostics != null) {
                diagnostics.warning(note.relativePath(), note.lines().lineOf(start),
                        "citation key @" + k + " is not in the library" + (library.isEmpty() ? " (no library found: put a .bib or CSL-JSON file in the notes folder or pass --library FILE)" : ""));
            }
            return;
        }
        PaperDraft d = PaperDraft.unlinked(r, "citation-key", order + out.size(), start, end);
        fill(d, e.get());
        out.add(d);
    }

    /** The library entry of a note named by its citation key (Zotero vaults) or naming one in its front matter. */
    private static Optional<LibraryEntry> noteKey(ParsedNote note, Library library) {
        for (String f : KEY_FIELDS) {
            Optional<String> v = note.frontMatter().string(f);
            if (v.isPresent()) {
                Optional<LibraryEntry> e = library.get(v.get().replaceFirst("^@", ""));
                if (e.isPresent()) return e;
            }
        }
        String name = note.file().path().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return library.get(name);
    }

    /** The library's fields where the mention states none; its identifiers always. */
    static void fill(PaperDraft d, LibraryEntry e) {
        if (d.title == null) d.title = e.title();
        if (!d.hasAuthors() && !e.authors().isEmpty()) {
            d.setAuthors(UnlinkedPapers.withoutEtAl(e.authors()), String.join("; ", e.authors()));
        }
        if (d.venue == null && e.venue() != null) d.venue = new Venue(e.venue(), null, e.year());
        if (d.year == null) d.year = e.year();
        if (e.doi() != null) d.ids = d.ids.with(IdScheme.DOI, Identifiers.normalise(IdScheme.DOI, e.doi()));
        if (e.arxiv() != null) d.ids = d.ids.with(IdScheme.ARXIV, Identifiers.normalise(IdScheme.ARXIV, e.arxiv()));
        if (d.url == null) d.url = e.url();
    }
}
