package org.notegraph.extract.semantics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptMatcher;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * Relations a paper's title states: "proposes" for the method an eponymous title is named after
 * ("MAML: Model-Agnostic Meta-Learning"), and "studies" for each phenomenon the title names.
 */
final class TitleRelations implements SemanticRule {
    private static final Pattern TITLE_NAME = Pattern.compile(
            "^(?<name>[^:?!]{1,60}?)\\s*(?::\\s|\\s[-–—]\\s)\\S.*$");
    private static final Pattern TITLE_PAREN = Pattern.compile("\\((?<name>[A-Z][A-Za-z0-9-]{1,20})\\)\\s*$");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)^(?:from|why|how|what|when|where|which|who|towards?|on|in|learning|understanding|rethinking|revisiting|beyond|can|does|do|is|are)\\b"
                    + "|\\b(?:the|to|is|are|was|be|matters?|works?|helps?|hurts?|meets?|needs?|requires?)\\b|ing\\s+the\\b");

    private final ConceptVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final MethodNames names;

    TitleRelations(ConceptVocabulary vocabulary, ConceptMatcher matcher, MethodNames names) {
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.names = names;
    }

    /** Reads the title of each primary paper mention. */
    @Override
    public void read(NoteReading note, Findings findings) {
        for (int i = 0; i < note.papers().size(); i++) if (note.isPrimary(i)) addTo(note, findings, i);
    }

    /**
     * Adds what the title of paper mention {@code i} says: the method it is named after, when the
     * note says something about the paper, and the phenomena it names.
     */
    private void addTo(NoteReading note, Findings findings, int i) {
        PaperMention m = note.paper(i);
        String title = m.title();
        if (title == null || m.rule().equals("front-matter") && title.isBlank()) return;
        Sentence whole = new Sentence(m.span().start(), m.span().end(), true);
        boolean saysSomething = saysSomethingAbout(note, i);
        Optional<String> name = eponym(title);
        if (name.isPresent() && saysSomething) {
            Endpoint method = names.introducedMethod(name.get(), title);
            findings.introductions().eponym(i, method, name.get());
            findings.relations().addWithEvidence(new Endpoint.Paper(i), Relation.PROPOSES, method, whole, title, 0.8, "eponymous-title", null, name.get());
            names.nameComposition(findings.relations(), method, name.get(), whole);
        }
        for (ConceptMatcher.Found f : matcher.find(title, 0, title.length())) {
            if (f.concept().kind() == Concept.Kind.PHENOMENON && !vocabulary.isUmbrella(f.concept())) {
                findings.introductions().titlePhenomenon(i, f);
                findings.relations().addWithEvidence(new Endpoint.Paper(i), Relation.STUDIES, new Endpoint.Known(f.concept()), whole, title, 0.7,
                        "phenomenon-in-title", null, f.written());
            }
        }
    }

    /** "NAME: subtitle", "NAME - subtitle", "... (NAME)", or a short title that is itself a name. */
    Optional<String> eponym(String title) {
        Matcher paren = TITLE_PAREN.matcher(title);
        if (paren.find() && names.looksLikeMethodName(paren.group("name"))) return Optional.of(paren.group("name"));
        Matcher m = TITLE_NAME.matcher(title);
        if (m.matches()) {
            String name = m.group("name").strip();
            if (name.split("\\s+").length <= 5 && names.looksLikeMethodName(name) && !namesPhenomenon(name) && !isPhrase(name)) {
                return Optional.of(name);
            }
            return Optional.empty();
        }
        String[] words = title.strip().split("\\s+");
        if (words.length <= 3 && names.looksLikeMethodName(title.strip()) && !namesPhenomenon(title)
                && !title.strip().endsWith("?") && !isPhrase(title.strip())) {
            return Optional.of(title.strip());
        }
        return Optional.empty();
    }

    /** A title prefix that reads as a phrase or sentence ("Skip Connections Matter", "Restricting the Flow"). */
    static boolean isPhrase(String name) {
        return PHRASE.matcher(name).find();
    }

    private boolean namesPhenomenon(String text) {
        for (ConceptMatcher.Found f : matcher.find(text, 0, text.length())) {
            if (f.concept().kind() == Concept.Kind.PHENOMENON || f.concept().kind() == Concept.Kind.TASK) return true;
        }
        return false;
    }

    private boolean saysSomethingAbout(NoteReading note, int i) {
        PaperMention m = note.paper(i);
        String body = m.body() == null ? "" : m.body();
        String without = body.replace(m.quote(), " ").replaceAll("\\[[^\\]]*]\\([^)]*\\)", " ")
                .replaceAll("[#*_>\\-]", " ").strip();
        return without.split("\\s+").length >= 3 || note.rangeEnd(i) > m.span().endLine();
    }
}
