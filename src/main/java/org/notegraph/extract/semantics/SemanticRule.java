package org.notegraph.extract.semantics;

/**
 * One rule of the semantic layer: reads what it looks for in a note and adds what it finds. Rules
 * run in the order {@link SemanticExtractor} lists them; a rule may read what earlier rules found
 * (what papers introduce, the relations so far). A new kind of reading is a new class implementing
 * this, added to that list.
 */
interface SemanticRule {
    void read(NoteReading note, Findings findings);
}
