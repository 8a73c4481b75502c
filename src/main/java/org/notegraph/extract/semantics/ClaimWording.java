package org.notegraph.extract.semantics;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a claim from the sentence it was read in. An asserted claim is the clause a "shows that"
 * cue introduces. A denied claim is worded as the statement the paper rejects, so that papers that
 * reject and papers that assert the same thing name it alike: its negations are dropped ("cannot be
 * attributed" → "can be attributed") and its emphatic capitals negated ("minima DO exist" →
 * "minima do not exist").
 */
final class ClaimWording {
    private static final Pattern THAT_CLAUSE = Pattern.compile("(?i)\\b(?:that|how)$");
    private static final Pattern THAT = Pattern.compile("(?i)\\bthat\\b");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,]+$");
    private static final Pattern EMPHATIC_AUX = Pattern.compile("\\b(DO|DOES|DID|ARE|CAN)\\b");
    private static final Pattern EMPHATIC_VERB = Pattern.compile("\\b(DECREASE|INCREASE|HURT|HELP|WORK)S?\\b");
    private static final Pattern[] NEGATIONS = {
        Pattern.compile("(?i)\\bcan\\s*not\\b"), Pattern.compile("(?i)\\bcan't\\b"), Pattern.compile("(?i)\\bwon't\\b"),
        Pattern.compile("(?i)n't\\b"), Pattern.compile("(?i)\\bnot\\s+"), Pattern.compile("(?i)\\binsufficient\\b"),
        Pattern.compile("(?i)\\bfails?\\s+to\\s+"),
    };
    private static final String[] AFFIRMED = {"can", "can", "will", "", "", "sufficient", ""};
    private static final int MIN_WORDS = 4;

    private ClaimWording() {}

    /** The claim a cue found in a sentence: the proposition asserted, or the one rejected. */
    static String of(String sentence, Matcher cue, ClaimMention.Stance stance, boolean claimFollows) {
        if (stance == ClaimMention.Stance.ASSERTS) {
            return claimFollows ? orSentence(following(sentence, cue), sentence) : asserted(sentence, cue);
        }
        return orSentence(rejected(claimFollows ? following(sentence, cue) : enclosing(sentence, cue)), sentence);
    }

    private static String asserted(String sentence, Matcher cue) {
        if (!THAT_CLAUSE.matcher(cue.group()).find()) return sentence;
        return orSentence(trim(sentence.substring(cue.end())), sentence);
    }

    /** The clause when it is long enough to stand alone as a claim, else the whole sentence. */
    private static String orSentence(String clause, String sentence) {
        return words(clause) >= MIN_WORDS ? clause : sentence;
    }

    /**
     * What follows the cue: after a colon that closes a short lead-in ("disproving false claims (see
     * below): X") or a "that" within two words of the cue ("counter-examples suggest that X"), else
     * the rest of the sentence.
     */
    private static String following(String sentence, Matcher cue) {
        String rest = sentence.substring(cue.end());
        Matcher lead = LEAD_IN.matcher(rest);
        return trim(lead.lookingAt() ? rest.substring(lead.end()) : rest);
    }

    private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:[^:.]{0,60}:|(?:\\s*[\\w-]+){0,2}?\\s*that\\b)");

    /**
     * The clause around the cue: after the last "that" or lead-in label ("Low rank layers: …")
     * before it, and up to a colon after it ("X are not better: because …").
     */
    private static String enclosing(String sentence, Matcher cue) {
        int from = 0;
        Matcher that = THAT.matcher(sentence);
        while (that.find() && that.end() <= cue.start()) from = that.end();
        int colonBefore = sentence.lastIndexOf(':', cue.start());
        if (colonBefore >= from) from = colonBefore + 1;
        int colonAfter = sentence.indexOf(':', cue.end());
        int to = colonAfter >= 0 ? colonAfter : sentence.length();
        return trim(sentence.substring(from, to));
    }

    /** The statement a denial rejects: emphatic capitals negated, negations dropped. */
    static String rejected(String clause) {
        if (EMPHATIC_AUX.matcher(clause).find() || EMPHATIC_VERB.matcher(clause).find()) {
            String t = EMPHATIC_AUX.matcher(clause).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT) + " not");
            return EMPHATIC_VERB.matcher(t).replaceAll(m -> "does not " + m.group(1).toLowerCase(Locale.ROOT));
        }
        String t = clause;
        for (int i = 0; i < NEGATIONS.length; i++) t = NEGATIONS[i].matcher(t).replaceAll(AFFIRMED[i]);
        return t.replaceAll("\\s{2,}", " ").strip();
    }

    private static String trim(String s) {
        return TRAILING.matcher(s.strip()).replaceAll("");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
