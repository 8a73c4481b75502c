package org.notegraph.records;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.notes.FrontMatter;
import org.notegraph.notes.LineIndex;
import org.notegraph.notes.ParsedNote;

/**
 * Reads a parsed note into its records: front matter, headings with their sections, paragraphs
 * (and the entry lines of a paragraph that is a list of lines), list items with their nested
 * items, table rows with header-named cells (Markdown and HTML), block quotes, footnote definitions
 * and numbered reference entries. HTML comments and code are not content and give no records.
 * Walks the AST with an explicit stack, so deeply nested notes cannot overflow the call stack.
 */
public final class RecordReader {
    private static final Pattern REFERENCE_MARK = Pattern.compile("^(?:\\[\\d{1,4}\\]|\\(\\d{1,4}\\))\\s+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);

    private RecordReader() {}

    public static NoteRecords read(ParsedNote note) {
        return new Run(note).read();
    }

    /** A record while it is being read: a section's end is known only at the next heading. */
    private static final class Draft {
        final RecordKind kind;
        final int parent;
        final int depth;
        final int start;
        int end;
        final List<Segment> lines;
        final List<Cell> cells;
        final Node node;
        final int level;

        Draft(RecordKind kind, int parent, int depth, int start, int end, List<Segment> lines, List<Cell> cells,
              Node node, int level) {
            this.kind = kind;
            this.parent = parent;
            this.depth = depth;
            this.start = start;
            this.end = end;
            this.lines = lines;
            this.cells = cells;
            this.node = node;
            this.level = level;
        }
    }

    private record Work(Node node, int parent) {}

    private static final class Run {
        final ParsedNote note;
        final String text;
        final LineIndex index;
        final List<Draft> drafts = new ArrayList<>();
        final List<Segment> comments = new ArrayList<>();
        final Deque<Integer> openHeadings = new ArrayDeque<>();

        Run(ParsedNote note) {
            this.note = note;
            this.text = note.text();
            this.index = note.lines();
        }

        NoteRecords read() {
            frontMatter();
            Document doc = note.document();
            for (Node top = doc.getFirstChild(); top != null; top = top.getNext()) {
                if (top instanceof Heading h) heading(h);
                else walk(top, openHeadings.isEmpty() ? -1 : openHeadings.peek());
            }
            while (!openHeadings.isEmpty()) drafts.get(openHeadings.pop()).end = text.length();
            inlineComments(doc);
            List<NoteRecord> records = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                int end = Math.max(d.start, Math.min(d.end, text.length()));
                int lastLine = index.lineOf(Math.max(d.start, end - 1));
                records.add(new NoteRecord(i, d.kind, d.parent, d.depth, d.start, end, index.lineOf(d.start),
                        Math.max(index.lineOf(d.start), lastLine), d.lines, d.cells, d.node));
            }
            return new NoteRecords(text, records, comments);
        }

        private int add(RecordKind kind, int parent, int start, int end, List<Segment> lines, List<Cell> cells, Node node) {
            return add(kind, parent, start, end, lines, cells, node, 0);
        }

        private int add(RecordKind kind, int parent, int start, int end, List<Segment> lines, List<Cell> cells,
                        Node node, int level) {
            int depth = parent < 0 ? 0 : drafts.get(parent).depth + 1;
            drafts.add(new Draft(kind, parent, depth, start, end, lines, cells, node, level));
            return drafts.size() - 1;
        }

        private void frontMatter() {
            FrontMatter fm = note.frontMatter();
            if (fm.firstLine() <= 0) return;
            int start = 0;
            int end = Math.min(text.length(), index.startOf(fm.lastLine() + 1));
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (Map.Entry<String, Object> e : fm.values().entrySet()) {
                int line = fm.lineOf(e.getKey());
                int ls = Math.min(text.length(), index.startOf(line));
                int le = lineEnd(ls);
                cells.add(new Cell(e.getKey(), column++, ls, le, List.of(new Segment(ls, le))));
            }
            add(RecordKind.FRONT_MATTER, -1, start, Math.max(start, end), List.of(), cells, null);
        }

        private void heading(Heading h) {
            while (!openHeadings.isEmpty() && drafts.get(openHeadings.peek()).level >= h.getLevel()) {
                drafts.get(openHeadings.pop()).end = h.getStartOffset();
            }
            int parent = openHeadings.isEmpty() ? -1 : openHeadings.peek();
            int i = add(RecordKind.HEADING, parent, h.getStartOffset(), text.length(),
                    lines(h.getStartOffset(), h.getEndOffset()), List.of(), h, h.getLevel());
            openHeadings.push(i);
        }

        private void walk(Node root, int rootParent) {
            Deque<Work> stack = new ArrayDeque<>();
            stack.push(new Work(root, rootParent));
            while (!stack.isEmpty()) {
                Work w = stack.pop();
                Node n = w.node();
                int parent = w.parent();
                if (n instanceof HtmlCommentBlock) {
                    comments.add(new Segment(n.getStartOffset(), n.getEndOffset()));
                } else if (isCode(n) || n instanceof ThematicBreak || n instanceof Reference) {
                    continue;
                } else if (n instanceof ListItem item) {
                    int i = add(RecordKind.LIST_ITEM, parent, item.getStartOffset(), item.getEndOffset(),
                            ownLines(item), List.of(), item);
                    pushNested(stack, item, i);
                } else if (n instanceof BlockQuote quote) {
                    int i = add(RecordKind.BLOCKQUOTE, parent, quote.getStartOffset(), quote.getEndOffset(),
                            ownLines(quote), List.of(), quote);
                    pushNested(stack, quote, i);
                } else if (n instanceof FootnoteBlock note) {
                    List<Segment> own = ownLines(note);
                    int i = add(RecordKind.REFERENCE_ENTRY, parent, note.getStartOffset(), note.getEndOffset(), own, List.of(), note);
                    pushNested(stack, note, i);
                } else if (n instanceof TableBlock table) {
                    MarkdownTables.rows(table, text).forEach(row ->
                            add(RecordKind.TABLE_ROW, parent, row.start(), row.end(), List.of(row.line()), row.cells(), row.node()));
                } else if (n instanceof HtmlBlock html) {
                    htmlBlock(html, parent);
                } else if (n instanceof Paragraph p) {
                    paragraph(p, parent);
                } else if (n instanceof Heading h) {
                    add(RecordKind.PARAGRAPH, parent, h.getStartOffset(), h.getEndOffset(),
                            lines(h.getStartOffset(), h.getEndOffset()), List.of(), h);
                } else {
                    pushChildren(stack, n, parent);
                }
            }
        }

        /** Lists, quotes, tables and HTML inside an item or quote are its children; its paragraphs are its own text. */
        private void pushNested(Deque<Work> stack, Node container, int record) {
            List<Node> nested = new ArrayList<>();
            for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
                if (isOwnText(c)) continue;
                if (c instanceof BulletList || c instanceof OrderedList) {
                    for (Node item = c.getFirstChild(); item != null; item = item.getNext()) nested.add(item);
                } else {
                    nested.add(c);
                }
            }
            for (int i = nested.size() - 1; i >= 0; i--) stack.push(new Work(nested.get(i), record));
        }

        private static void pushChildren(Deque<Work> stack, Node n, int parent) {
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(new Work(c, parent));
        }

        private static boolean isOwnText(Node c) {
            return c instanceof Paragraph || c instanceof Heading
                    || (c instanceof HtmlBlock h && !MarkdownTables.isHtmlTable(h.getChars()));
        }

        private static boolean isCode(Node n) {
            return n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock;
        }

        private List<Segment> ownLines(Node container) {
            List<Segment> out = new ArrayList<>();
            for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
                if (isOwnText(c)) out.addAll(lines(c.getStartOffset(), c.getEndOffset()));
            }
            return out;
        }

        private void htmlBlock(HtmlBlock html, int parent) {
            String chars = html.getChars().toString();
            Matcher m = HTML_COMMENT.matcher(chars);
            while (m.find()) comments.add(new Segment(html.getStartOffset() + m.start(), html.getStartOffset() + m.end()));
            if (MarkdownTables.isHtmlTable(chars)) {
                for (MarkdownTables.Row row : HtmlTables.rows(chars, html.getStartOffset(), html)) {
                    if (isCommentedAt(row.start())) continue;
                    add(RecordKind.HTML_TABLE_ROW, parent, row.start(), row.end(), List.of(row.line()), row.cells(), row.node());
                }
                return;
            }
            List<Segment> own = new ArrayList<>();
            for (Segment s : lines(html.getStartOffset(), html.getEndOffset())) if (!isCommentedAt(s.start())) own.add(s);
            if (!own.isEmpty()) add(RecordKind.PARAGRAPH, parent, html.getStartOffset(), html.getEndOffset(), own, List.of(), html);
        }

        private boolean isCommentedAt(int offset) {
            for (Segment c : comments) if (c.contains(offset)) return true;
            return false;
        }

        /**
         * A paragraph, or a list of entries written as one paragraph: numbered reference entries
         * ({@code [3] …} lines) become reference entries, lines each holding a URL or ending in a hard
         * break become line records, each under the paragraph.
         */
        private void paragraph(Paragraph p, int parent) {
            List<Segment> own = lines(p.getStartOffset(), p.getEndOffset());
            if (own.isEmpty()) return;
            List<Integer> marked = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) if (REFERENCE_MARK.matcher(own.get(i).of(text)).find()) marked.add(i);
            if (marked.size() == 1 && marked.get(0) == 0) {
                add(RecordKind.REFERENCE_ENTRY, parent, p.getStartOffset(), p.getEndOffset(), own, List.of(), p);
                return;
            }
            int i = add(RecordKind.PARAGRAPH, parent, p.getStartOffset(), p.getEndOffset(), own, List.of(), p);
            if (marked.size() >= 2 && marked.get(0) == 0) {
                for (int k = 0; k < marked.size(); k++) {
                    int from = marked.get(k);
                    int to = k + 1 < marked.size() ? marked.get(k + 1) : own.size();
                    List<Segment> entry = own.subList(from, to);
                    add(RecordKind.REFERENCE_ENTRY, i, entry.get(0).start(), entry.get(entry.size() - 1).end(), entry, List.of(), p);
                }
            } else if (own.size() >= 2 && (hasHardBreaks(p) || everyLineHasUrl(own))) {
                for (Segment s : own) add(RecordKind.LINE, i, s.start(), s.end(), List.of(s), List.of(), p);
            }
        }

        private static boolean hasHardBreaks(Paragraph p) {
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) if (c instanceof HardLineBreak) return true;
            return false;
        }

        private boolean everyLineHasUrl(List<Segment> own) {
            for (Segment s : own) if (!URL.matcher(s.of(text)).find()) return false;
            return true;
        }

        private void inlineComments(Document doc) {
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(doc);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (n instanceof HtmlInlineComment) comments.add(new Segment(n.getStartOffset(), n.getEndOffset()));
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
            }
        }

        /** The source lines that overlap {@code [start, end)}, each without indentation, quote markers or trailing blanks. */
        private List<Segment> lines(int start, int end) {
            return Lines.of(text, index, start, end);
        }

        private int lineEnd(int from) {
            int e = text.indexOf('\n', from);
            return e < 0 ? text.length() : e;
        }
    }
}
