package org.notegraph.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.testing.TestNotes;

class RecordReaderTest {
    private static NoteRecords read(String markdown) {
        return RecordReader.read(TestNotes.parse(markdown));
    }

    private static List<RecordKind> kinds(NoteRecords rs) {
        return rs.all().stream().map(NoteRecord::kind).toList();
    }

    @Test
    void headingsHoldTheirSectionsAndNest() {
        NoteRecords rs = read("# Top\n\nIntro.\n\n## Sub\n\nBody.\n\n# Next\n");

        assertThat(kinds(rs)).containsExactly(RecordKind.HEADING, RecordKind.PARAGRAPH, RecordKind.HEADING,
                RecordKind.PARAGRAPH, RecordKind.HEADING);
        NoteRecord top = rs.get(0);
        NoteRecord sub = rs.get(2);
        assertThat(sub.parent()).isEqualTo(top.index());
        assertThat(rs.get(3).parent()).isEqualTo(sub.index());
        assertThat(top.lastLine()).as("the section ends before the next top heading").isEqualTo(8);
        assertThat(rs.get(4).parent()).isEqualTo(-1);
    }

    @Test
    void listItemsKeepTheirOwnTextAndNestedItemsAndQuotesAreChildren() {
        NoteRecords rs = read("- Parent item\n  continued\n  - child one\n  - child two\n  > a quoted comment\n");
        String text = rs.text();

        NoteRecord parent = rs.get(0);
        assertThat(parent.kind()).isEqualTo(RecordKind.LIST_ITEM);
        assertThat(parent.ownText(text)).isEqualTo("Parent item\ncontinued");
        assertThat(rs.children(parent)).extracting(NoteRecord::kind)
                .containsExactly(RecordKind.LIST_ITEM, RecordKind.LIST_ITEM, RecordKind.BLOCKQUOTE);
        assertThat(rs.children(parent).get(2).ownText(text)).isEqualTo("a quoted comment");
        assertThat(rs.innermostAt(text.indexOf("child two"))).hasValueSatisfying(r -> assertThat(r.index()).isEqualTo(2));
    }

    @Test
    void tableRowsHaveCellsNamedByTheHeaderAndBrLines() {
        NoteRecords rs = read("| Title | Presenter |\n|---|---|\n| First title <br> Second title | Ana |\n");
        String text = rs.text();

        NoteRecord row = rs.get(0);
        assertThat(row.kind()).isEqualTo(RecordKind.TABLE_ROW);
        assertThat(row.firstLine()).isEqualTo(3);
        Cell title = row.cell("title").orElseThrow();
        assertThat(title.lines()).extracting(s -> s.of(text)).containsExactly("First title", "Second title");
        assertThat(row.cell("Presenter").orElseThrow().text(text)).isEqualTo("Ana");
    }

    @Test
    void htmlTableRowsKeepTheirSourceSpans() {
        NoteRecords rs = read("<table>\n<tr><th>Title</th><th>Authors</th></tr>\n<tr><td>Some Title</td><td>A. B</td></tr>\n</table>\n");
        String text = rs.text();

        assertThat(kinds(rs)).containsExactly(RecordKind.HTML_TABLE_ROW);
        NoteRecord row = rs.get(0);
        assertThat(row.firstLine()).isEqualTo(3);
        assertThat(row.cell("title").orElseThrow().text(text)).isEqualTo("Some Title");
        assertThat(row.cell("authors").orElseThrow().text(text)).isEqualTo("A. B");
    }

    @Test
    void htmlRowsInsideAnotherRowAreNotRecordsOfTheirOwn() {
        NoteRecords rs = read("<table>\n<tr><th>Title</th><th>Notes</th></tr>\n"
                + "<tr><td>Outer Title</td><td><table><tr><td>inner cell</td></tr></table></td></tr>\n"
                + "<tr><td>Next Title</td><td>plain</td></tr>\n</table>\n");
        String text = rs.text();

        assertThat(kinds(rs)).containsExactly(RecordKind.HTML_TABLE_ROW, RecordKind.HTML_TABLE_ROW);
        assertThat(rs.get(0).cell("title").orElseThrow().text(text)).isEqualTo("Outer Title");
        assertThat(rs.get(1).cell("title").orElseThrow().text(text)).isEqualTo("Next Title");
        assertThat(rs.get(0).end()).isLessThanOrEqualTo(rs.get(1).start());
        assertThat(rs.innermostAt(text.indexOf("inner cell"))).hasValueSatisfying(r -> assertThat(r.index()).isEqualTo(0));
    }

    @Test
    void htmlCommentsAreNotContent() {
        NoteRecords rs = read("Before.\n\n<!--\n- [Hidden](https://example.org/x)\n-->\n\nAfter <!-- inline --> text.\n");
        String text = rs.text();

        assertThat(rs.all()).noneMatch(r -> r.ownText(text).contains("Hidden"));
        assertThat(rs.commented(text.indexOf("Hidden"))).isTrue();
        assertThat(rs.commented(text.indexOf("inline"))).isTrue();
        assertThat(rs.commented(text.indexOf("After"))).isFalse();
    }

    @Test
    void footnotesAndNumberedReferencesAreReferenceEntries() {
        NoteRecords rs = read("[^a]: Okafor, M. (2020). A title. A venue.\n\n[1] Vo et al. Another title. 2019.\n\n"
                + "[2] One line\n[3] Two line\n");
        String text = rs.text();

        assertThat(rs.ofKind(RecordKind.REFERENCE_ENTRY)).extracting(r -> r.ownText(text))
                .containsExactly("Okafor, M. (2020). A title. A venue.", "[1] Vo et al. Another title. 2019.",
                        "[2] One line", "[3] Two line");
    }

    @Test
    void linesOfAUrlListAreLineRecords() {
        NoteRecords rs = read("First https://a.example/1\nSecond https://b.example/2\n");

        assertThat(kinds(rs)).containsExactly(RecordKind.PARAGRAPH, RecordKind.LINE, RecordKind.LINE);
        assertThat(rs.get(2).firstLine()).isEqualTo(2);
    }

    @Test
    void nestedBlockQuotesAreChildren() {
        NoteRecords rs = read("> outer\n>> inner\n");

        assertThat(kinds(rs)).containsExactly(RecordKind.BLOCKQUOTE, RecordKind.BLOCKQUOTE);
        assertThat(rs.get(1).parent()).isEqualTo(0);
    }

    @Test
    void frontMatterIsARecordWhoseCellsAreItsKeysOnTheirLines() {
        NoteRecords rs = read("+++\ntitle = \"T\"\nyear = 2019\n+++\nBody.\n");

        NoteRecord fm = rs.get(0);
        assertThat(fm.kind()).isEqualTo(RecordKind.FRONT_MATTER);
        assertThat(fm.cells()).extracting(Cell::header).containsExactly("title", "year");
        assertThat(fm.lastLine()).isEqualTo(4);
        assertThat(rs.get(1).kind()).isEqualTo(RecordKind.PARAGRAPH);
    }

    @Test
    void codeGivesNoRecords() {
        NoteRecords rs = read("```\n- not an item\n```\n\n    indented code\n");

        assertThat(rs.all()).isEmpty();
    }

    @Test
    void tenThousandNestedQuotesDoNotOverflow() {
        NoteRecords rs = read(">".repeat(10_000) + " deep\n");

        assertThat(rs.size()).isGreaterThan(1000);
        assertThat(rs.get(rs.size() - 1).depth()).isEqualTo(rs.size() - 1);
    }
}
