package org.notegraph.extract.papers;

import org.notegraph.extract.text.LinkOccurrence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.Segment;

/**
 * Papers named by their title in running text: a quoted title called a paper ("the paper \"Title\"",
 * "the \"Title\" paper"), and the title of a paper the note lists, written again in another entry's
 * comment ("adapts Title to graphs"). Titles are looked up word by word, so a note with thousands of
 * papers is read in one pass per line.
 */
final class TitleMentions {
    private static final Pattern QUOTED_PAPER = Pattern.compile(
            "(?i)\\b(?:paper|article|preprint)\\s*[,:]?\\s*[\"“]([^\"”\\n]{8,250})[\"”]|[\"“]([^\"”\\n]{8,250})[\"”]\\s*(?:paper|article|preprint)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_REPEATED_TITLE_CHARS = 15;


    List<PaperDraft> find(String text, NoteRecords records, List<PaperDraft> known, List<LinkOccurrence> links, int order) {
        List<PaperDraft> out = new ArrayList<>();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Map<String, java.util.Set<Integer>> ownRecords = new HashMap<>();
        Map<String, java.util.Set<String>> writtenAs = new HashMap<>();
        java.util.Set<String> wholeNote = new java.util.HashSet<>();
        for (PaperDraft d : known) {
            if (d.title == null || d.title.length() < MIN_REPEATED_TITLE_CHARS || d.title.split("\\s+").length < 2) continue;
            String norm = RecordFields.normalise(d.title);
            ownRecords.computeIfAbsent(norm, k -> new java.util.HashSet<>()).add(d.record.index());
            if (d.rule.equals("front-matter") || d.rule.equals("note-title")) wholeNote.add(norm);
            writtenAs.computeIfAbsent(norm, k -> new java.util.HashSet<>()).add(d.title.replaceAll("\\s+", " "));
            String first = norm.split(" ")[0];
            List<String> list = byFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
            if (!list.contains(norm)) list.add(norm);
        }
        for (String own : wholeNote) byFirstWord.getOrDefault(own.split(" ")[0], new ArrayList<>()).remove(own);
        for (NoteRecord r : records.all()) {
            RecordKind k = r.kind();
            if (k != RecordKind.LIST_ITEM && k != RecordKind.PARAGRAPH && k != RecordKind.BLOCKQUOTE && k != RecordKind.LINE) continue;
            if (k == RecordKind.LINE) continue;
            for (Segment s : r.lines()) {
                String line = s.of(text);
                quoted(r, s, line, known, out, order);
                repeated(r, s, line, byFirstWord, ownRecords, writtenAs, records, known, links, out, order);
            }
        }
        return out;
    }

    private void quoted(NoteRecord r, Segment s, String line, List<PaperDraft> known, List<PaperDraft> out, int order) {
        Matcher m = QUOTED_PAPER.matcher(line);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String title = TitleRules.clean(m.group(g));
            if (!TitleRules.looksLikeTitle(title, 2)) continue;
            int start = s.start() + m.start(g);
            if (overlapsKnown(start, s.start() + m.end(g), known, out)) continue;
            PaperDraft d = PaperDraft.unlinked(r, "quoted-title", order + out.size(), start, s.start() + m.end(g));
            d.title = title;
            d.titleStart = d.anchorStart;
            d.titleEnd = d.anchorEnd;
            out.add(d);
        }
    }

    private void repeated(NoteRecord r, Segment s, String line, Map<String, List<String>> byFirstWord,
                          Map<String, java.util.Set<Integer>> ownRecords, Map<String, java.util.Set<String>> writtenAs,
                          NoteRecords records, List<PaperDraft> known,
                          List<LinkOccurrence> links, List<PaperDraft> out, int order) {
        if (byFirstWord.isEmpty()) return;
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(line);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        StringBuilder norm = new StringBuilder();
        List<Integer> wordAt = new ArrayList<>();
        for (int[] x : words) {
            if (!norm.isEmpty()) norm.append(' ');
            wordAt.add(norm.length());
            norm.append(RecordFields.normalise(line.substring(x[0], x[1])));
        }
        String n = norm.toString();
        for (int i = 0; i < words.size(); i++) {
            String first = line.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
            List<String> candidates = byFirstWord.get(RecordFields.normalise(first));
            if (candidates == null) continue;
            for (String title : candidates) {
                int at = wordAt.get(i);
                if (!n.startsWith(title, at)) continue;
                int endChar = at + title.length();
                if (endChar < n.length() && n.charAt(endChar) != ' ') continue;
                int wordsInTitle = title.split(" ").length;
                int start = s.start() + words.get(i)[0];
                int end = s.start() + words.get(i + wordsInTitle - 1)[1];
                if (overlapsKnown(start, end, known, out) || insideLink(start, links)) continue;
                if (isOwnRecord(r, records, ownRecords.get(title))) continue;
                PaperDraft d = PaperDraft.unlinked(r, "title-reference", order + out.size(), start, end);
                d.title = line.substring(words.get(i)[0], words.get(i + wordsInTitle - 1)[1]);
                if (!writtenAs.getOrDefault(title, java.util.Set.of()).contains(d.title.replaceAll("\\s+", " "))) continue;
                if (insideTag(line, words.get(i)[0])) continue;
                d.titleStart = start;
                d.titleEnd = end;
                out.add(d);
                break;
            }
        }
    }

    private static boolean overlapsKnown(int start, int end, List<PaperDraft> known, List<PaperDraft> found) {
        for (List<PaperDraft> list : List.of(known, found)) {
            for (PaperDraft d : list) {
                if (d.titleStart >= 0 && start < d.titleEnd && d.titleStart < end) return true;
                if (start < d.anchorEnd && d.anchorStart < end) return true;
            }
        }
        return false;
    }

    /** Whether the record (or one it stands in) is where a paper of this title is mentioned: its own title, not a reference. */
    private static boolean isOwnRecord(NoteRecord r, NoteRecords records, java.util.Set<Integer> own) {
        if (own == null) return false;
        if (own.contains(r.index())) return true;
        for (NoteRecord a : records.ancestors(r)) {
            if (own.contains(a.index())) return true;
            if (a.kind() == RecordKind.HEADING) break;
        }
        return false;
    }

    private static boolean insideTag(String line, int at) {
        int open = line.lastIndexOf('<', at);
        return open >= 0 && line.indexOf('>', open) >= at;
    }

    private static boolean insideLink(int offset, List<LinkOccurrence> links) {
        for (LinkOccurrence l : links) if (offset >= l.start() && offset < l.end()) return true;
        return false;
    }
}
