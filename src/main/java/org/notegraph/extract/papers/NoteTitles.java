package org.notegraph.extract.papers;

import org.notegraph.extract.rules.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.notegraph.extract.papers.fields.TitleText;
import org.notegraph.extract.papers.fields.VenueTag;
import org.notegraph.extract.papers.fields.VenueTags;
import org.notegraph.notes.ParsedNote;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;

/**
 * A note about one paper whose first heading is that paper's title ("# Title", then the summary):
 * the heading opens the note, reads as a title, names no list or collection, the note lists few
 * other papers (and does not list two or more under headings, in list items, table rows or reference
 * entries), and its text speaks of "the paper" or "the authors" ({@code note-title-cues.tsv}).
 */
final class NoteTitles {
    private static final int MAX_OTHER_PAPERS = 3;
    /** Papers under their own headings, in list items, table rows or reference entries: the note lists papers. */
    private static final int MIN_LISTED_PAPERS = 2;

    private final List<String> collectionWords = new ArrayList<>();
    private final List<String> paperTalk = new ArrayList<>();
    private final TitleText titles = TitleText.defaults();
    private final VenueTags venueTags = VenueTags.defaults();

    static NoteTitles defaults() {
        NoteTitles n = new NoteTitles();
        for (String[] row : RuleFile.classpath("note-title-cues.tsv")) {
            if (row.length < 2) continue;
            String word = row[1].trim().toLowerCase(Locale.ROOT);
            switch (row[0].trim()) {
                case "collection" -> n.collectionWords.add(word);
                case "paper-talk" -> n.paperTalk.add(word);
                default -> throw new IllegalStateException("note-title-cues.tsv: unknown kind " + row[0]);
            }
        }
        return n;
    }

    Optional<PaperDraft> paperOf(ParsedNote note, NoteRecords records, Map<NoteRecord, List<PaperDraft>> linked,
                                 List<PaperDraft> unlinked, int order) {
        NoteRecord heading = null;
        for (NoteRecord r : records.all()) {
            if (r.kind() == RecordKind.FRONT_MATTER) continue;
            if (r.kind() == RecordKind.HEADING && r.node() instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() == 1) heading = r;
            break;
        }
        if (heading == null || linked.containsKey(heading) || heading.lines().isEmpty()) return Optional.empty();
        int others = unlinked.size();
        int listed = 0;
        for (PaperDraft d : unlinked) if (isListEntry(d.record)) listed++;
        for (Map.Entry<NoteRecord, List<PaperDraft>> e : linked.entrySet()) {
            others += e.getValue().size();
            if (isListEntry(e.getKey())) listed += e.getValue().size();
        }
        if (others > MAX_OTHER_PAPERS || listed >= MIN_LISTED_PAPERS) return Optional.empty();
        String raw = heading.lines().get(0).of(note.text()).replaceFirst("^#+\\s*", "");
        String title = titles.clean(raw);
        if (!TitleRules.looksLikeTitle(title, 2)) return Optional.empty();
        String lower = " " + title.toLowerCase(Locale.ROOT) + " ";
        for (String w : collectionWords) if (lower.contains(" " + w + " ")) return Optional.empty();
        String body = note.text().toLowerCase(Locale.ROOT);
        if (paperTalk.stream().noneMatch(body::contains)) return Optional.empty();
        PaperDraft d = PaperDraft.unlinked(heading, "note-title", order, heading.lines().get(0).start(), heading.lines().get(0).end());
        d.title = title;
        for (VenueTag t : venueTags.find(title)) {
            if (t.hasVenue()) { d.venue = new Venue(t.label(), t.series(), t.year()); d.year = t.year(); break; }
        }
        return Optional.of(d);
    }

    private static boolean isListEntry(NoteRecord r) {
        return r != null && switch (r.kind()) {
            case HEADING, LIST_ITEM, TABLE_ROW, HTML_TABLE_ROW, REFERENCE_ENTRY -> true;
            default -> false;
        };
    }
}
