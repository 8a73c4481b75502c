package org.notegraph.extract.semantics;

import java.util.List;
import java.util.regex.Pattern;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.text.Sentence;

/**
 * Which other paper a sentence speaks of, by the links around it: one cited in the sentence, one
 * whose link ends right before a cue, or the one cited last earlier in its list item or paragraph.
 * A work cited by a link without a target ({@code [Smith et al. (2019)]()}) counts when no paper does.
 */
final class CitedPapers {
    private static final Pattern JUST_BEFORE = Pattern.compile("[\\s(\\[,–—-]*");

    private CitedPapers() {}

    /** A paper cited (by a link that is not the subject's own) in a sentence, else a work it cites by a link without a target, or null. */
    static Endpoint citedIn(NoteReading note, Sentence s, int subject) {
        for (int j : note.papersStartingIn(s.start(), s.end())) {
            if (j != subject && !note.isPrimary(j)) return new Endpoint.Paper(j);
        }
        List<NoteReading.CitedWork> cited = note.citedWorksIn(s.start() - 1, s.end());
        return cited.isEmpty() ? null : new Endpoint.Cited(cited.get(0).text());
    }

    /** Another paper whose link ends right before a cue ("[MILk](…) (based on LSTM)"): the cue speaks of it. */
    static Endpoint citedJustBefore(NoteReading note, Sentence s, int cueStart, int subject) {
        List<Integer> before = note.papersStartingIn(Math.max(0, s.start() - 1), cueStart);
        if (before.isEmpty()) return null;
        int j = before.get(before.size() - 1);
        PaperMention p = note.paper(j);
        if (j == subject || p.span().end() > cueStart || cueStart - p.span().end() > 8) return null;
        return JUST_BEFORE.matcher(note.prose().substring(p.span().end(), cueStart)).matches() ? new Endpoint.Paper(j) : null;
    }

    /** A paper or cited work whose link follows a cue at once ("… is a common phenomenon [source]()"): the source of the clause. */
    static Endpoint citedJustAfter(NoteReading note, Sentence s, int cueEnd, int subject) {
        int until = Math.min(s.end(), cueEnd + 4);
        for (int j : note.papersStartingIn(cueEnd, until)) {
            if (j != subject && note.prose().substring(cueEnd, note.paper(j).span().start()).isBlank()) return new Endpoint.Paper(j);
        }
        for (NoteReading.CitedWork c : note.citedWorksIn(cueEnd, until)) {
            if (note.prose().substring(cueEnd, c.start()).isBlank()) return new Endpoint.Cited(c.text());
        }
        return null;
    }

    /** The paper cited nearest before the current sentence in its list item or paragraph (the sentences {@code earlier} there), or null. */
    static Endpoint citedBefore(NoteReading note, List<Sentence> earlier, int subject) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Endpoint cited = citedIn(note, earlier.get(k), subject);
            if (cited != null) return cited;
        }
        return null;
    }
}
