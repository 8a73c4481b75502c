package org.notegraph.extract.papers;

import org.notegraph.extract.text.LinkOccurrence;
import org.notegraph.extract.rules.RuleFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegraph.extract.papers.fields.TitleText;
import org.notegraph.extract.papers.fields.VenueTag;
import org.notegraph.extract.papers.fields.VenueTags;
import org.notegraph.records.NoteRecord;
import org.notegraph.records.NoteRecords;
import org.notegraph.records.RecordKind;
import org.notegraph.records.Segment;

/**
 * Entries of a list whose entries are papers, named by their title or short name and linked to the
 * note-taker's own notes (a relative link) or to nowhere known ("- [FastBERT](bert/fastbert/)"). A
 * list is a paper list when the item or heading it stands under says so ("Papers", "Reading list",
 * {@code paper-list-cues.tsv}) or when at least half its entries are papers already. An entry with
 * sub-items is a category; one that repeats its category's name, or opens with a bracketed label of
 * the note-taker's own, is not a paper.
 */
final class PaperLists {
    private static final Pattern LABEL_PREFIX = Pattern.compile("^\\s*(?:【[^】]{1,40}】|\\[[^\\]]{1,40}])");

    private final UrlRules urls;
    private final LinkTextRules texts;
    private final List<String> cues = new ArrayList<>();
    private final TitleText titles = TitleText.defaults();
    private final VenueTags venueTags = VenueTags.defaults();

    PaperLists(UrlRules urls, LinkTextRules texts) {
        this.urls = urls;
        this.texts = texts;
        for (String[] row : RuleFile.classpath("paper-list-cues.tsv")) cues.add(row[0].trim().toLowerCase(Locale.ROOT));
    }

    List<PaperDraft> find(String text, NoteRecords records, List<LinkOccurrence> links, Set<Integer> covered, int order) {
        Map<Integer, List<NoteRecord>> groups = new LinkedHashMap<>();
        for (NoteRecord r : records.all()) {
            if (r.kind() == RecordKind.LIST_ITEM) groups.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
        }
        List<PaperDraft> out = new ArrayList<>();
        for (Map.Entry<Integer, List<NoteRecord>> g : groups.entrySet()) {
            List<NoteRecord> leaves = new ArrayList<>();
            for (NoteRecord r : g.getValue()) if (!hasSubItems(r, records)) leaves.add(r);
            if (leaves.isEmpty()) continue;
            NoteRecord parent = g.getKey() < 0 ? null : records.get(g.getKey());
            long papers = leaves.stream().filter(r -> covered.contains(r.index())).count();
            boolean paperList = saysPapers(parent, records, text) || (leaves.size() >= 2 && papers * 2 >= leaves.size());
            if (!paperList) continue;
            String parentName = parent == null || parent.lines().isEmpty() ? "" : leadLinkText(parent, links, text);
            for (NoteRecord r : leaves) {
                if (covered.contains(r.index())) continue;
                entry(r, links, text, parentName, order + out.size()).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean hasSubItems(NoteRecord r, NoteRecords records) {
        for (NoteRecord c : records.children(r)) if (c.kind() == RecordKind.LIST_ITEM) return true;
        return false;
    }

    /** Whether the item the list stands under, or its nearest heading, says the list holds papers. */
    private boolean saysPapers(NoteRecord parent, NoteRecords records, String text) {
        List<NoteRecord> around = new ArrayList<>();
        for (NoteRecord r = parent; r != null; r = records.parent(r).orElse(null)) {
            around.add(r);
            if (r.kind() == RecordKind.HEADING) break;
        }
        for (NoteRecord r : around) {
            if (r == null || r.lines().isEmpty()) continue;
            String own = " " + RecordText.plain(r.lines().get(0).of(text)).toLowerCase(Locale.ROOT) + " ";
            for (String cue : cues) {
                boolean cjk = cue.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
                if (cjk ? own.contains(cue) : own.matches("(?s).*[^\\p{L}]" + Pattern.quote(cue) + "[^\\p{L}].*")) return true;
            }
        }
        return false;
    }

    /** A leaf led by a link to the note-taker's notes or an unknown page, whose text names a paper. */
    private Optional<PaperDraft> entry(NoteRecord r, List<LinkOccurrence> links, String text, String parentName, int order) {
        if (r.lines().isEmpty()) return Optional.empty();
        Segment line = r.lines().get(0);
        LinkOccurrence lead = null;
        for (LinkOccurrence l : links) {
            if (l.start() < line.start()) continue;
            if (l.start() >= line.end()) break;
            lead = l;
            break;
        }
        if (lead == null || !text.substring(line.start(), lead.start()).isBlank()) return Optional.empty();
        UrlRules.Match m = urls.classify(lead.url());
        boolean noteLink = m.kind() == LinkKind.NOT_PAPER && m.rule().equals("not-web");
        if (!noteLink && m.kind() != LinkKind.UNKNOWN) return Optional.empty();
        String name = lead.text().strip();
        if (name.isEmpty() || LABEL_PREFIX.matcher(name).find() || texts.category(name) != null || texts.isGeneric(name)) {
            return Optional.empty();
        }
        if (!parentName.isEmpty() && RecordFields.normalise(name).equals(RecordFields.normalise(parentName))) return Optional.empty();
        String after = text.substring(lead.end(), line.end());
        String raw = after.matches("\\s*[:：]\\s*\\S.*") ? name + ": " + after.replaceFirst("^\\s*[:：]\\s*", "") : name;
        String title = titles.clean(raw);
        if (title.isEmpty() || title.length() > 300) return Optional.empty();
        PaperDraft d = PaperDraft.unlinked(r, "paper-list-item", order, lead.start(), lead.end());
        d.title = title;
        d.titleStart = line.start();
        d.titleEnd = line.end();
        if (!noteLink) d.url = lead.url().strip();
        for (VenueTag t : venueTags.find(raw)) {
            if (t.hasVenue()) { d.venue = new Venue(t.label(), t.series(), t.year()); d.year = t.year(); break; }
            if (d.year == null && t.year() != null) d.year = t.year();
        }
        return Optional.of(d);
    }

    private static String leadLinkText(NoteRecord r, List<LinkOccurrence> links, String text) {
        Segment line = r.lines().get(0);
        for (LinkOccurrence l : links) if (l.start() >= line.start() && l.start() < line.end()) return l.text();
        return RecordText.plain(line.of(text));
    }
}
