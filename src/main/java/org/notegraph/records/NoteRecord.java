package org.notegraph.records;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * One block of a note with its source span. {@code start}/{@code end} cover the record and all its
 * children (for a heading: its whole section); {@code lines} are the record's own lines, without
 * those of its children; {@code cells} are a table row's cells or a front matter block's keys.
 * {@code parent} is the index of the enclosing record ({@code -1} at the top), {@code depth} the
 * number of enclosing records. {@code node} is the Markdown node the record was read from, where
 * there is one (a heading, list item, paragraph, block quote, table row, footnote).
 */
public record NoteRecord(int index, RecordKind kind, int parent, int depth, int start, int end,
                     int firstLine, int lastLine, List<Segment> lines, List<Cell> cells, Node node) {
    public NoteRecord {
        lines = List.copyOf(lines);
        cells = List.copyOf(cells);
    }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public boolean isTop() { return parent < 0; }

    /** The record's own text: its lines joined by line breaks. */
    public String ownText(String noteText) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : lines) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s.of(noteText));
        }
        return sb.toString();
    }

    /** The record's first own line, or its start when it has none. */
    public Segment firstLineSegment() {
        return lines.isEmpty() ? new Segment(start, start) : lines.get(0);
    }

    /** The cell whose header names it (case-insensitive), if any. */
    public java.util.Optional<Cell> cell(String header) {
        for (Cell c : cells) if (c.header().equalsIgnoreCase(header)) return java.util.Optional.of(c);
        return java.util.Optional.empty();
    }
}
