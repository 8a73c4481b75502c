package org.notegraph.extract.semantics;

import java.util.List;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sections;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * A section heading that is a phenomenon's name, maybe followed by topic words
 * ({@code heading-topic-words.txt}: "### Generalization gap estimation"), makes that phenomenon
 * the topic every paper listed in the section studies, down to the next heading of its level.
 * Headings are the parser's ({@link Sections}), so a "# comment" in a code block is none.
 */
final class HeadingTopics implements SemanticRule {
    private final ConceptVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final CueRules cues;

    HeadingTopics(ConceptVocabulary vocabulary, ConceptMatcher matcher, CueRules cues) {
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.cues = cues;
    }

    /** Adds a "studies" relation from each primary paper listed under a topic heading to its topic. */
    @Override
    public void read(NoteReading note, Findings findings) {
        for (Sections.Section section : new Sections(note.note().document()).all()) {
            ConceptMatcher.Found topic = headingTopic(section);
            if (topic == null) continue;
            Sentence heading = new Sentence(section.start(), section.heading().getEndOffset(), true);
            for (int p : note.papersStartingIn(section.heading().getEndOffset(), section.end())) {
                if (!note.isPrimary(p)) continue;
                findings.relations().addWithEvidence(new Endpoint.Paper(p), Relation.STUDIES, new Endpoint.Known(topic.concept()), heading,
                        section.title(), 0.55, "section-heading-topic", null, topic.written());
            }
        }
    }

    /** The phenomenon a heading without links names when it says nothing else but topic words, or null. */
    private ConceptMatcher.Found headingTopic(Sections.Section section) {
        for (com.vladsch.flexmark.util.ast.Node n : section.heading().getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Link || n instanceof com.vladsch.flexmark.ast.LinkRef
                    || n instanceof com.vladsch.flexmark.ast.HtmlInline) {
                return null;
            }
        }
        String title = section.title();
        List<ConceptMatcher.Found> found = matcher.find(title, 0, title.length());
        if (found.size() != 1) return null;
        ConceptMatcher.Found f = found.get(0);
        if (f.concept().kind() != Concept.Kind.PHENOMENON || vocabulary.isUmbrella(f.concept())) return null;
        String before = title.substring(0, f.start()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (!before.isEmpty()) return null;
        for (String word : title.substring(f.end()).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !cues.isHeadingTopicWord(word)) return null;
        }
        return f;
    }
}
