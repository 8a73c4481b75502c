package org.notegraph.extract.semantics;

import java.util.List;
import org.notegraph.extract.text.Sentence;

/**
 * A sentence as the sentence rules read it: where it is, its prose, the paper mention it is read
 * for, and the sentences before it in the same list item or paragraph ("this idea", "the theory").
 */
record Passage(Sentence sentence, String text, int subject, List<Sentence> earlier) {}
