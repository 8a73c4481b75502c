package org.notegraph.extract.text;

/** Where something was read: character offsets into the note's text and 1-based first and last lines. */
public record SourceSpan(int start, int end, int line, int endLine) implements java.io.Serializable {}
