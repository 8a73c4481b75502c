package org.notegraph.notes;

import java.util.Arrays;

/** Maps character offsets of a note's text to 1-based line numbers. */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
        length = text.length();
    }

    /** The 1-based line holding the character at {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The number of lines: a final line break ends the last line rather than starting an empty one. */
    public int lineCount() {
        return lineStarts[lineStarts.length - 1] == length ? lineStarts.length - 1 : lineStarts.length;
    }

    /** The offset where a 1-based line starts (the text's end for lines past the last). */
    public int startOf(int line) {
        if (line <= 1) return 0;
        return line - 1 < lineStarts.length ? lineStarts[line - 1] : Integer.MAX_VALUE;
    }
}
