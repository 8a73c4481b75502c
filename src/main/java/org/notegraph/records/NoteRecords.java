package org.notegraph.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The records a note is made of, in document order (a record comes before its children), with the
 * tree that nests them: sections hold their blocks, list items their sub-items and quotes, block
 * quotes their nested quotes. Also knows which stretches of the note are HTML comments, which are
 * not content.
 */
public final class NoteRecords {
    private final String text;
    private final List<NoteRecord> records;
    private final List<List<Integer>> children;
    private final int[] commentStarts;
    private final int[] commentEnds;

    NoteRecords(String text, List<NoteRecord> records, List<Segment> comments) {
        this.text = text;
        this.records = List.copyOf(records);
        List<List<Integer>> kids = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) kids.add(new ArrayList<>());
        for (NoteRecord r : records) if (r.parent() >= 0) kids.get(r.parent()).add(r.index());
        List<List<Integer>> frozen = new ArrayList<>(kids.size());
        for (List<Integer> k : kids) frozen.add(Collections.unmodifiableList(k));
        this.children = Collections.unmodifiableList(frozen);
        List<Segment> sorted = new ArrayList<>(comments);
        sorted.sort(java.util.Comparator.comparingInt(Segment::start));
        commentStarts = sorted.stream().mapToInt(Segment::start).toArray();
        commentEnds = sorted.stream().mapToInt(Segment::end).toArray();
    }

    /** The note text the records' offsets point into. */
    public String text() { return text; }

    public List<NoteRecord> all() { return records; }

    public NoteRecord get(int index) { return records.get(index); }

    public int size() { return records.size(); }

    public Optional<NoteRecord> parent(NoteRecord r) {
        return r.parent() < 0 ? Optional.empty() : Optional.of(records.get(r.parent()));
    }

    public List<NoteRecord> children(NoteRecord r) {
        List<Integer> ids = children.get(r.index());
        List<NoteRecord> out = new ArrayList<>(ids.size());
        for (int i : ids) out.add(records.get(i));
        return out;
    }

    /** The enclosing records of {@code r}, innermost first. */
    public List<NoteRecord> ancestors(NoteRecord r) {
        List<NoteRecord> out = new ArrayList<>();
        for (int p = r.parent(); p >= 0; p = records.get(p).parent()) out.add(records.get(p));
        return out;
    }

    /** The innermost record that holds the offset, or empty outside every record. */
    public Optional<NoteRecord> innermostAt(int offset) {
        int lo = 0;
        int hi = records.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).start() <= offset) { last = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (int i = last; i >= 0; i = records.get(i).parent()) {
            if (records.get(i).contains(offset)) return Optional.of(records.get(i));
        }
        return Optional.empty();
    }

    /** Whether the offset lies inside an HTML comment ({@code <!-- … -->}), which no reader shows. */
    public boolean commented(int offset) {
        int i = java.util.Arrays.binarySearch(commentStarts, offset);
        int idx = i >= 0 ? i : -i - 2;
        return idx >= 0 && offset < commentEnds[idx];
    }

    /** The records of one kind, in document order. */
    public List<NoteRecord> ofKind(RecordKind kind) {
        List<NoteRecord> out = new ArrayList<>();
        for (NoteRecord r : records) if (r.kind() == kind) out.add(r);
        return out;
    }
}
