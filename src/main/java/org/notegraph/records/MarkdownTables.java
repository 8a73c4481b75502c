package org.notegraph.records;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a Markdown table's body rows, each cell named by the header of its column. */
final class MarkdownTables {
    private static final Pattern TABLE_TAG = Pattern.compile("<\\s*(?:table|tr)[\\s>]", Pattern.CASE_INSENSITIVE);

    /** A table row read from Markdown or HTML: its span, its first line, its cells. */
    record Row(int start, int end, Segment line, List<Cell> cells, Node node) {}

    private MarkdownTables() {}

    static boolean isHtmlTable(CharSequence html) {
        return TABLE_TAG.matcher(html).find();
    }

    static List<Row> rows(TableBlock table, String text) {
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow) || !headers.isEmpty()) continue;
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell cell) headers.add(headerName(cell));
                    }
                }
            } else if (section instanceof TableBody) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) rows.add(row(r, headers, text));
                }
            }
        }
        return rows;
    }

    private static Row row(TableRow row, List<String> headers, String text) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof TableCell cell)) continue;
            int s = cell.getText().isNull() ? cell.getStartOffset() : cell.getText().getStartOffset();
            int e = cell.getText().isNull() ? cell.getStartOffset() : cell.getText().getEndOffset();
            String header = column < headers.size() ? headers.get(column) : "";
            cells.add(new Cell(header, column, s, e, Lines.breaks(text, s, e)));
            column++;
        }
        int start = row.getStartOffset();
        int end = row.getEndOffset();
        int eol = text.indexOf('\n', start);
        Segment line = new Segment(start, eol < 0 || eol > end ? end : eol);
        return new Row(start, end, line, cells, row);
    }

    /** A header's name as plain text, lower case, markup and surrounding blanks removed. */
    static String headerName(Node cell) {
        String s = new TextCollectingVisitor().collectAndGetText(cell);
        return s.replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
