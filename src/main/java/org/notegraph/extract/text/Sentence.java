package org.notegraph.extract.text;

/** A sentence of prose: offsets into the note, and whether it starts its list item or paragraph. */
public record Sentence(int start, int end, boolean leadsChunk) {}
