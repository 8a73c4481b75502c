package org.notegraph.extract.markup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;
import org.notegraph.extract.text.ProseText;
import org.notegraph.model.Relation;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.ParsedNote;

/**
 * Reads what a note marks up for tools like Obsidian and Dataview, so that none of it is dropped:
 * its tags (front matter and {@code #tags} in prose, never in code, headings or link targets), its
 * {@code [[wikilinks]]} and {@code ![[embeds]]}, and the front-matter keys and Dataview fields that
 * have no meaning of their own in notegraph ({@code front-matter-keys.txt} lists those that do;
 * relation keys are read as relations by the semantic layer).
 */
public final class MarkupReader {
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/\\\\\\[(`'])#([\\p{L}\\p{N}_][\\p{L}\\p{N}_/\\-]*)");
    /** What a tag may be made of, as in Obsidian; a front-matter tag with anything else stays a plain ng:tag. */
    private static final Pattern TAG_NAME = Pattern.compile("[\\p{L}\\p{N}_/\\-]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[\\p{L}_].*");
    private static final Pattern WIKILINK = WikiLink.PATTERN;
    private static final Pattern DATAVIEW = Pattern.compile(
            "(?m)^[ \\t]*(?:[-*+][ \\t]+)?(?<key>[A-Za-z][\\w-]*)::[ \\t]*(?<value>\\S.*)$|[\\[(](?<ikey>[A-Za-z][\\w-]*)::[ \\t]*(?<ivalue>[^\\])]+)[\\])]");

    private final Set<String> knownKeys;

    private MarkupReader(Set<String> knownKeys) { this.knownKeys = knownKeys; }

    public static MarkupReader defaults() {
        Set<String> keys = new LinkedHashSet<>();
        for (String[] row : RuleFile.classpath("front-matter-keys.txt")) keys.add(row[0].strip().toLowerCase(Locale.ROOT));
        return new MarkupReader(Set.copyOf(keys));
    }

    public NoteMarkup read(ParsedNote note) {
        String prose = ProseText.of(note.document(), note.text()).text();
        List<String> aliases = new ArrayList<>(note.frontMatter().list("aliases", false));
        aliases.addAll(note.frontMatter().list("alias", false));
        return new NoteMarkup(tags(note, withoutWikilinks(prose, note.text())), links(note, prose), aliases, fields(note, prose));
    }

    /** The prose with every wikilink blanked, so "[[#Heading]]" is not read as a tag. */
    private static String withoutWikilinks(String prose, String text) {
        Matcher m = WIKILINK.matcher(text);
        if (!m.find()) return prose;
        char[] out = prose.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) if (out[i] != '\n') out[i] = ' ';
        } while (m.find());
        return new String(out);
    }

    private static List<NoteTag> tags(ParsedNote note, String prose) {
        List<NoteTag> out = new ArrayList<>();
        FrontMatter fm = note.frontMatter();
        for (String key : List.of("tags", "tag", "categories", "category")) {
            for (String t : fm.list(key, false)) {
                String name = clean(t.strip().replaceAll("\\s+", "-"));
                if (name != null && TAG_NAME.matcher(name).matches()) out.add(new NoteTag(name, fm.lineOf(key)));
            }
        }
        Matcher m = TAG.matcher(prose);
        while (m.find()) {
            String name = clean(m.group(1));
            if (name != null) out.add(new NoteTag(name, note.lines().lineOf(m.start())));
        }
        return out;
    }

    /** A tag's name without {@code #} and trailing separators, or null when it is no tag (a number, "#1"). */
    private static String clean(String raw) {
        String s = raw.strip().replaceFirst("^#+", "").replaceAll("[/\\-]+$", "").replaceAll("/{2,}", "/");
        if (s.isEmpty() || s.startsWith("/") || !HAS_LETTER.matcher(s).matches()) return null;
        return s;
    }

    private static List<WikiLink> links(ParsedNote note, String prose) {
        List<WikiLink> out = new ArrayList<>();
        String text = note.text();
        Matcher m = WIKILINK.matcher(text);
        while (m.find()) {
            if (inCode(prose, text, m.start(2), m.end(2))) continue;
            link(m, note.lines().lineOf(m.start()), m.start(), m.end(), out);
        }
        FrontMatter fm = note.frontMatter();
        for (Map.Entry<String, Object> e : fm.values().entrySet()) {
            List<String> values = new ArrayList<>();
            strings(e.getValue(), values);
            for (String v : values) {
                Matcher f = WIKILINK.matcher(v);
                while (f.find()) link(f, fm.lineOf(e.getKey()), 0, 0, out);
            }
        }
        return out;
    }

    private static void link(Matcher m, int line, int start, int end, List<WikiLink> out) {
        String target = m.group(2).strip();
        String heading = blankToNull(m.group(3));
        if (target.isEmpty() && heading == null) return;
        out.add(new WikiLink(target, heading, blankToNull(m.group(4)), !m.group(1).isEmpty(), line, start, end));
    }

    private static void strings(Object value, List<String> out) {
        if (value instanceof Map<?, ?> map) map.values().forEach(v -> strings(v, out));
        else if (value instanceof Collection<?> c) c.forEach(v -> strings(v, out));
        else if (value != null) out.add(value.toString());
    }

    /** True when the span is blanked in the prose though it has words: code, HTML or a link target. */
    private static boolean inCode(String prose, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return Character.isWhitespace(prose.charAt(i));
        }
        return false;
    }

    private List<NoteField> fields(ParsedNote note, String prose) {
        List<NoteField> out = new ArrayList<>();
        FrontMatter fm = note.frontMatter();
        for (Map.Entry<String, Object> e : fm.values().entrySet()) {
            String key = e.getKey();
            if (knownKeys.contains(key) || Relation.forAnnotationKey(key).isPresent()) continue;
            leaves(key, e.getValue(), fm.lineOf(key), out);
        }
        String text = note.text();
        Matcher m = DATAVIEW.matcher(text);
        while (m.find()) {
            boolean line = m.group("key") != null;
            String key = line ? m.group("key") : m.group("ikey");
            int keyStart = line ? m.start("key") : m.start("ikey");
            if (inCode(prose, text, keyStart, keyStart + key.length())) continue;
            if (Relation.forAnnotationKey(key).isPresent()) continue;
            String value = (line ? m.group("value") : m.group("ivalue")).strip();
            out.add(new NoteField(key, value, note.lines().lineOf(keyStart), NoteField.Source.DATAVIEW));
        }
        return out;
    }

    private static void leaves(String key, Object value, int line, List<NoteField> out) {
        if (value == null) return;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) leaves(key + "." + e.getKey(), e.getValue(), line, out);
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) leaves(key, o, line, out);
        } else {
            String s = value.toString().strip();
            if (!s.isEmpty()) out.add(new NoteField(key, s, line, NoteField.Source.FRONT_MATTER));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
