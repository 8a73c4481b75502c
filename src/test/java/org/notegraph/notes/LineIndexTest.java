package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void mapsOffsetsToOneBasedLines() {
        String text = "ab\ncd\n\nef";
        LineIndex lines = new LineIndex(text);

        assertThat(lines.lineOf(0)).isEqualTo(1);
        assertThat(lines.lineOf(1)).isEqualTo(1);
        assertThat(lines.lineOf(3)).isEqualTo(2);
        assertThat(lines.lineOf(text.indexOf('e'))).isEqualTo(4);
    }

    @Test
    void countsALineBreakAsPartOfTheLineItEnds() {
        LineIndex lines = new LineIndex("ab\ncd\n");

        assertThat(lines.lineOf(2)).isEqualTo(1);
        assertThat(lines.lineOf(5)).isEqualTo(2);
    }

    @Test
    void mapsAnEmptyLineToItsOwnNumber() {
        LineIndex lines = new LineIndex("a\n\n\nb");

        assertThat(lines.lineOf(2)).isEqualTo(2);
        assertThat(lines.lineOf(3)).isEqualTo(3);
        assertThat(lines.lineOf(4)).isEqualTo(4);
    }

    @Test
    void clampsANegativeOffsetToTheFirstLine() {
        assertThat(new LineIndex("a\nb").lineOf(-5)).isEqualTo(1);
    }

    @Test
    void mapsTheEndOfTheTextToTheLastLine() {
        String text = "a\nb\nc";
        assertThat(new LineIndex(text).lineOf(text.length())).isEqualTo(3);
    }

    @Test
    void handlesManyLinesBeyondItsInitialCapacity() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 1000; i++) sb.append("line ").append(i).append('\n');
        String text = sb.toString();
        LineIndex lines = new LineIndex(text);

        assertThat(lines.lineOf(text.indexOf("line 777\n"))).isEqualTo(777);
        assertThat(lines.lineCount()).isEqualTo(1000);
    }

    @Test
    void countsTheLinesOfATextThatEndsInALineBreak() {
        assertThat(new LineIndex("a\nb\n").lineCount()).isEqualTo(2);
    }

    @Test
    void countsALastLineWithoutALineBreak() {
        assertThat(new LineIndex("a\nb").lineCount()).isEqualTo(2);
        assertThat(new LineIndex("a").lineCount()).isEqualTo(1);
    }

    @Test
    void countsEmptyLines() {
        assertThat(new LineIndex("\n\n\n").lineCount()).isEqualTo(3);
    }

    @Test
    void countsNoLinesInAnEmptyText() {
        assertThat(new LineIndex("").lineCount()).isZero();
    }
}
