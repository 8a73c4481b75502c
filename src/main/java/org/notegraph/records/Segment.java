package org.notegraph.records;

/** A stretch {@code [start, end)} of a note's text: one line of a record, or one line of a cell. */
public record Segment(int start, int end) {
    public Segment {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
    }

    public String of(String text) { return text.substring(start, Math.min(end, text.length())); }

    public boolean contains(int offset) { return offset >= start && offset < end; }
}
