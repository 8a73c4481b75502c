package org.notegraph.extract.semantics;

import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.text.SourceSpan;

/** A concept named in a note's prose, as written, where, and in which paper mention's item or section. */
public record ConceptMention(Concept concept, String written, SourceSpan span, int paperMentionIndex) implements java.io.Serializable {}
