package org.notegraph.extract;

/** A sentence of prose: offsets into the note, and whether it starts its list item or paragraph. */
record Sentence(int start, int end, boolean leadsChunk) {}
