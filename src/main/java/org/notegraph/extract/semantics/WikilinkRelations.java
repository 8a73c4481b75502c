package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.markup.WikiLink;
import org.notegraph.extract.text.Sentence;
import org.notegraph.extract.text.SentenceSplitter;

/**
 * Relations a sentence states between two {@code [[wikilinks]]}, as a reading-group note about no
 * paper of its own writes them ("[[A]] builds on [[B]]", "[[A]] outperforms [[B]] on X",
 * "[[A]] disputes [[B]]'s claim that …"): the words between two consecutive links are read with the
 * relation cues ({@code relation-cues.tsv}); the first link is the subject and the second the
 * object (the other way round for a reversed cue). Both ends are what the note links, so they
 * need no attribution; links on two Dataview lines or list items are no sentence; a negation between them ("does not build on") is no relation, and a hedge
 * lowers the confidence.
 */
final class WikilinkRelations implements SemanticRule {
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no\\s+longer|n't|neither|nor)\\b|n't\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:might|may|seems?|seemingly|perhaps|possibly|arguably|could)\\b");
    /** Words between two links that are markup, not prose: a Dataview key, a new list item, quote, heading or table row. */
    private static final Pattern MARKUP_BETWEEN = Pattern.compile("::|\\n\\s*(?:[-*+>#|]|\\d+[.)])");
    private static final int MAX_WORDS_BETWEEN = 12;
    private static final double HEDGED = 0.75;

    private final CueRules cues;

    WikilinkRelations(CueRules cues) { this.cues = cues; }

    @Override
    public void read(NoteReading note, Findings findings) {
        String text = note.note().text();
        if (!text.contains("[[")) return;
        for (Sentence s : SentenceSplitter.split(text, note.prose())) {
            List<int[]> links = new ArrayList<>();
            Matcher m = WikiLink.PATTERN.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (m.group(1).isEmpty() && !m.group(2).isEmpty()) links.add(new int[] {m.start(), m.end(), m.start(2), m.end(2)});
            }
            for (int i = 0; i + 1 < links.size(); i++) pair(note, findings, s, text, links.get(i), links.get(i + 1));
        }
    }

    private void pair(NoteReading note, Findings findings, Sentence s, String text, int[] a, int[] b) {
        String between = text.substring(a[1], b[0]);
        if (between.isBlank() || between.strip().split("\\s+").length > MAX_WORDS_BETWEEN) return;
        if (MARKUP_BETWEEN.matcher(between).find() || NEGATION.matcher(between).find()) return;
        for (CueRules.RelationCue cue : cues.relationsIn(between)) {
            if (!cue.pattern().matcher(between).find()) continue;
            Endpoint first = new Endpoint.Link(text.substring(a[2], a[3]).strip());
            Endpoint second = new Endpoint.Link(text.substring(b[2], b[3]).strip());
            double confidence = HEDGE.matcher(between).find() ? cue.confidence() * HEDGED : cue.confidence();
            if (cue.reversed()) {
                findings.relations().add(second, cue.relation(), first, s, confidence, "wikilink-" + cue.rule());
            } else {
                findings.relations().add(first, cue.relation(), second, s, confidence, "wikilink-" + cue.rule());
            }
            return;
        }
    }
}
