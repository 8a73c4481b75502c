package org.notegraph.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;
import org.notegraph.diag.Diagnostics;

/**
 * Reads a reference library: BibTeX ({@code .bib}, parsed by jbibtex, LaTeX accents turned into
 * text) or CSL-JSON ({@code .json}, an array of items with {@code id}). A file that cannot be read is
 * reported with its name and the build goes on without it.
 */
public final class LibraryReader {
    private static final Pattern ARXIV_ID = Pattern.compile("(?i)(?:arxiv[:\\s]*)?(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Key ARCHIVE_PREFIX = new Key("archiveprefix");
    private static final Key EPRINT = new Key("eprint");
    private static final Key JOURNAL = new Key("journal");
    private static final Key BOOKTITLE = new Key("booktitle");
    private static final Key PUBLISHER = new Key("publisher");
    private static final Key DOI = new Key("doi");
    private static final Key URL = new Key("url");

    private LibraryReader() {}

    /** Reads every library file given; later files do not replace keys of earlier ones. */
    public static Library read(List<Path> files, Diagnostics diagnostics) {
        Map<String, LibraryEntry> entries = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                List<LibraryEntry> read = name.endsWith(".json") ? cslJson(f) : bibtex(f);
                for (LibraryEntry e : read) entries.putIfAbsent(e.key(), e);
            } catch (IOException | ParseException | RuntimeException e) {
                diagnostics.warning(f.toString(), lineOf(e), "cannot read the library (" + firstLine(e.getMessage()) + "); its citation keys stay unresolved");
            }
        }
        return new Library(entries);
    }

    /** Whether a file looks like a library notegraph can read: a .bib file, or a .json file holding a CSL-JSON array. */
    public static boolean isLibrary(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".bib")) return true;
        if (!n.endsWith(".json")) return false;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            char[] head = new char[256];
            int len = r.read(head);
            String s = len <= 0 ? "" : new String(head, 0, len).stripLeading();
            return s.startsWith("[") && s.contains("\"id\"") || s.startsWith("[") && s.contains("\"type\"");
        } catch (IOException e) {
            return false;
        }
    }

    static List<LibraryEntry> bibtex(Path f) throws IOException, ParseException {
        BibTeXDatabase db;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            db = new BibTeXParser() {
                @Override public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) { }
                @Override public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) { }
            }.parse(r);
        }
        List<LibraryEntry> out = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            BibTeXEntry b = e.getValue();
            String title = text(b.getField(BibTeXEntry.KEY_TITLE));
            List<String> authors = authors(text(b.getField(BibTeXEntry.KEY_AUTHOR)));
            String venue = firstNonNull(text(b.getField(JOURNAL)), text(b.getField(BOOKTITLE)));
            Integer year = year(text(b.getField(BibTeXEntry.KEY_YEAR)));
            String doi = text(b.getField(DOI));
            String arxiv = null;
            String prefix = text(b.getField(ARCHIVE_PREFIX));
            String eprint = text(b.getField(EPRINT));
            if (eprint != null && (prefix == null || prefix.equalsIgnoreCase("arxiv"))) arxiv = arxivId(eprint);
            if (arxiv == null && venue != null && venue.toLowerCase(Locale.ROOT).contains("arxiv")) arxiv = arxivId(venue);
            String url = text(b.getField(URL));
            if (venue == null && b.getType().getValue().equalsIgnoreCase("book")) venue = null;
            out.add(new LibraryEntry(e.getKey().getValue(), title, authors, venue, year, doi, arxiv, url, f.getFileName().toString()));
        }
        return out;
    }

    static List<LibraryEntry> cslJson(Path f) throws IOException {
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        if (!root.isArray()) throw new IOException("not a CSL-JSON array of items");
        List<LibraryEntry> out = new ArrayList<>();
        for (JsonNode item : root) {
            String key = item.path("id").asText(null);
            if (key == null || key.isBlank()) continue;
            List<String> authors = new ArrayList<>();
            for (JsonNode a : item.path("author")) {
                String family = a.path("family").asText("");
                String given = a.path("given").asText("");
                String literal = a.path("literal").asText("");
                String name = !literal.isBlank() ? literal : (given + " " + family).strip();
                if (!name.isBlank()) authors.add(name);
            }
            Integer year = null;
            JsonNode parts = item.path("issued").path("date-parts");
            if (parts.isArray() && parts.size() > 0 && parts.get(0).isArray() && parts.get(0).size() > 0) year = parts.get(0).get(0).asInt();
            String venue = blankToNull(item.path("container-title").asText(null));
            String doi = blankToNull(item.path("DOI").asText(null));
            String url = blankToNull(item.path("URL").asText(null));
            String arxiv = null;
            String number = item.path("number").asText("");
            if (venue != null && venue.toLowerCase(Locale.ROOT).contains("arxiv") || number.toLowerCase(Locale.ROOT).startsWith("arxiv")) {
                arxiv = arxivId(number.isBlank() ? String.valueOf(venue) : number);
            }
            if (arxiv == null && url != null && url.contains("arxiv.org/")) arxiv = arxivId(url.substring(url.indexOf("arxiv.org/")));
            out.add(new LibraryEntry(key, blankToNull(item.path("title").asText(null)), authors, venue, year, doi, arxiv, url,
                    f.getFileName().toString()));
        }
        return out;
    }

    /** BibTeX names "Last, First and First Last" as written-out names "First Last", in order. */
    static List<String> authors(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        for (String part : field.split("\\s+and\\s+")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.equalsIgnoreCase("others")) { out.add("et al."); continue; }
            int comma = p.indexOf(',');
            if (comma > 0) {
                String[] bits = p.split("\\s*,\\s*");
                p = bits.length == 3 ? bits[2] + " " + bits[0] + " " + bits[1] : (bits.length > 1 ? bits[1] + " " : "") + bits[0];
            }
            out.add(p.replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    private static String text(Value v) {
        if (v == null) return null;
        String raw = v.toUserString();
        String s;
        try {
            s = new LaTeXPrinter().print(new LaTeXParser().parse(raw));
        } catch (ParseException | RuntimeException e) {
            s = raw.replaceAll("[{}]", "");
        }
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static Integer year(String s) {
        if (s == null) return null;
        Matcher m = Pattern.compile("(1[5-9]|20)\\d{2}").matcher(s);
        return m.find() ? Integer.parseInt(m.group()) : null;
    }

    private static String arxivId(String s) {
        Matcher m = ARXIV_ID.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static int lineOf(Exception e) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
