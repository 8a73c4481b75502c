package org.notegraph.records;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the rows of an HTML {@code <table>} with jsoup, tracking source positions so that every cell
 * keeps its span in the note. A row of {@code <th>} cells names the columns of the rows after it.
 */
final class HtmlTables {
    private HtmlTables() {}

    static List<MarkdownTables.Row> rows(String html, int base, Node node) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<MarkdownTables.Row> out = new ArrayList<>();
        for (Element table : doc.select("table")) {
            List<String> headers = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                if (!tr.sourceRange().isTracked()) continue;
                List<Element> cells = tr.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
                if (cells.isEmpty()) continue;
                if (cells.stream().allMatch(c -> c.nameIs("th"))) {
                    headers.clear();
                    for (Element th : cells) headers.add(th.text().strip().toLowerCase(Locale.ROOT));
                    continue;
                }
                List<Cell> row = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    Element td = cells.get(i);
                    int s = base + td.sourceRange().endPos();
                    int e = td.endSourceRange().isTracked() ? base + td.endSourceRange().startPos()
                            : i + 1 < cells.size() && cells.get(i + 1).sourceRange().isTracked()
                                    ? base + cells.get(i + 1).sourceRange().startPos() : s;
                    e = Math.max(s, Math.min(e, base + html.length()));
                    String header = i < headers.size() ? headers.get(i) : "";
                    row.add(new Cell(header, i, s, e, Lines.breaksOf(html, base, s, e)));
                }
                int start = base + tr.sourceRange().startPos();
                int end = tr.endSourceRange().isTracked() ? base + tr.endSourceRange().endPos()
                        : row.isEmpty() ? start : row.get(row.size() - 1).end();
                end = Math.max(start, Math.min(end, base + html.length()));
                out.add(new MarkdownTables.Row(start, end, new Segment(start, end), row, node));
            }
        }
        return flat(out);
    }

    /**
     * Rows as records must not overlap: a table nested in a cell, or a {@code <tr>} jsoup opens
     * inside an unclosed one, gives rows inside another row's span. In document order, a row that
     * starts inside the row before it is left out (its text stays in that row).
     */
    private static List<MarkdownTables.Row> flat(List<MarkdownTables.Row> rows) {
        List<MarkdownTables.Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(MarkdownTables.Row::start));
        List<MarkdownTables.Row> out = new ArrayList<>();
        for (MarkdownTables.Row r : sorted) {
            if (!out.isEmpty() && r.start() < out.get(out.size() - 1).end()) continue;
            out.add(r);
        }
        return out;
    }
}
