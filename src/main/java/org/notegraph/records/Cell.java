package org.notegraph.records;

import java.util.List;

/**
 * A table cell (or a front matter key): the header that names its column ({@code ""} when the table
 * has none), its column, its span, and its lines (a cell split by {@code <br>} has several).
 */
public record Cell(String header, int column, int start, int end, List<Segment> lines) {
    public Cell {
        header = header == null ? "" : header;
        lines = List.copyOf(lines);
    }

    public String text(String noteText) { return noteText.substring(start, Math.min(end, noteText.length())); }
}
