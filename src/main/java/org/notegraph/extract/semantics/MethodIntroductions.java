package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;

/**
 * The methods a sentence introduces for its paper: names that method cues ({@code method-cues.tsv})
 * capture, and the name that leads the paper's own list item ("RealnessGAN: …"). The paper
 * proposes each; the latest is remembered as the method later sentences about the paper speak of.
 */
final class MethodIntroductions {
    private static final Pattern LEAD_NAME = Pattern.compile(
            "^\\s*(?<name>[A-Z][\\p{L}\\p{N}]*(?:[-+][\\p{L}\\p{N}]+)*(?:\\s+[A-Z][\\p{L}\\p{N}]*(?:[-][\\p{L}\\p{N}]+)*){0,3})\\s*(?:\\s[-–—]\\s|:\\s|\\s\\()");
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+\\-]+:");

    private final ConceptVocabulary vocabulary;
    private final CueRules cues;
    private final MethodNames names;

    MethodIntroductions(ConceptVocabulary vocabulary, CueRules cues, MethodNames names) {
        this.vocabulary = vocabulary;
        this.cues = cues;
        this.names = names;
    }

    /** The methods a sentence names, by the offset in the sentence where each name starts, and each as written. */
    record Named(Map<Integer, Endpoint> byOffset, Map<Endpoint, String> written) {}

    /** Adds the methods the passage introduces for its paper, and returns the methods it names. */
    Named addTo(NoteReading note, Findings findings, Passage p) {
        Named named = new Named(new LinkedHashMap<>(), new HashMap<>());
        Endpoint paper = new Endpoint.Paper(p.subject());
        cuedNames(note, findings, p.sentence(), p.text(), p.subject(), paper, named);
        leadName(note, findings, p.sentence(), p.text(), p.subject(), paper, named);
        return named;
    }

    private void cuedNames(NoteReading note, Findings findings, Sentence s, String text, int subject, Endpoint paper, Named named) {
        List<int[]> read = new ArrayList<>();
        for (CueRules.MethodCue cue : cues.methodsIn(text)) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                int from = m.start("name");
                int to = m.end("name");
                if (overlaps(read, from, to) || abbreviatesANameRead(text, read, from)) continue;
                String name = names.cleanName(m.group("name"), !cue.names().equals("capitalised"));
                if (name == null) continue;
                if (cues.namesAPhenomenon(name) && vocabulary.lookup(name).isEmpty()) {
                    read.add(new int[] {m.start(), m.end()});
                    findings.relations().add(paper, Relation.STUDIES, new Endpoint.Named(name, Concept.Kind.PHENOMENON), s, cue.confidence(),
                            cue.rule() + "-phenomenon", null, name);
                    continue;
                }
                Endpoint method = names.introducedMethod(name, note.paper(subject).title());
                if (cue.names().equals("new") && (!(method instanceof Endpoint.Named) || MethodNames.isInitialism(name, text.substring(0, from))
                        || givenAsExample(text, from))) continue;
                if (MethodNames.isKnownNonMethod(method)) continue;
                read.add(new int[] {m.start(), m.end()});
                findings.relations().add(paper, Relation.PROPOSES, method, s, cue.confidence(), cue.rule(), null, name);
                findings.introductions().introduced(subject, method, name);
                named.byOffset().put(from, method);
                named.written().put(method, name);
                names.nameComposition(findings.relations(), method, name, s);
            }
        }
    }

    private void leadName(NoteReading note, Findings findings, Sentence s, String text, int subject, Endpoint paper, Named named) {
        PaperMention host = note.paper(subject);
        boolean hostItem = s.leadsChunk() && host.span().start() >= s.start()
                && host.span().start() < lineEndAfter(note, s.end());
        if (s.leadsChunk()) {
            Matcher lead = LEAD_NAME.matcher(EMOJI.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
            boolean insideHostLink = lead.find() && s.start() + lead.start("name") >= host.span().start()
                    && s.start() + lead.start("name") < host.span().end();
            if (lead.find(0) && !insideHostLink) {
                String name = names.cleanName(lead.group("name"), false);
                if (name != null && !findings.introductions().hasEponym(subject) && MethodNames.isDistinctive(name)) {
                    Endpoint method = names.introducedMethod(name, host.title());
                    if (!MethodNames.isKnownNonMethod(method) && (hostItem || method instanceof Endpoint.Known)) {
                        if (hostItem) {
                            findings.relations().add(paper, Relation.PROPOSES, method, s, 0.6, "item-lead-name", null, name);
                            findings.introductions().introduced(subject, method, name);
                            names.nameComposition(findings.relations(), method, name, s);
                        }
                        named.byOffset().put(lead.start("name"), method);
                        named.written().put(method, name);
                    }
                }
            }
        }
    }

    /** Words that introduce examples of a kind: what follows is named, not proposed. */
    private static final Pattern EXAMPLES_FOLLOW = Pattern.compile("(?i)\\b(?:such\\s+as|like|e\\.\\s?g\\.|including|for\\s+example)\\s[^.;:]*$");

    /**
     * Whether a name the vocabulary lacks stands in a list of examples ("older detectors such as sliding
     * box voting (SBV)", "baselines like …, random patch merging (RPM)"):
     * an example of what exists, not a method the paper introduces.
     */
    private static boolean givenAsExample(String text, int nameStart) {
        return EXAMPLES_FOLLOW.matcher(text.substring(Math.max(0, nameStart - 160), nameStart)).find();
    }

    /** A name in parentheses right after a name already read ("Convolutional NTK (CNTK)") is its abbreviation. */
    private static boolean abbreviatesANameRead(String text, List<int[]> read, int from) {
        int open = from - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) open--;
        if (open < 0 || text.charAt(open) != '(') return false;
        int before = open - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        return before >= 0 && overlaps(read, before, before + 1);
    }

    private static boolean overlaps(List<int[]> read, int from, int to) {
        for (int[] r : read) if (from < r[1] && r[0] < to) return true;
        return false;
    }

    private static int lineEndAfter(NoteReading note, int offset) {
        int e = note.note().text().indexOf('\n', Math.min(offset, note.note().text().length()));
        return e < 0 ? note.note().text().length() : e;
    }
}
