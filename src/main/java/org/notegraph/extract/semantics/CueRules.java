package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.CueIndex;
import org.notegraph.extract.rules.RuleFile;
import org.notegraph.model.Relation;

/**
 * The cue lexicons of the semantic layer, read from resource files: relation cues
 * ({@code relation-cues.tsv}), claim cues ({@code claim-cues.tsv}), method-introduction cues
 * ({@code method-cues.tsv}), the words that never name a method ({@code lead-stop-words.txt}) and the
 * words a topic heading may add to a phenomenon ({@code heading-topic-words.txt}) and the openings of
 * sentences about other work ({@code other-work-cues.txt}) and the head nouns of phenomena
 * ({@code phenomenon-heads.txt}). Each lexicon is indexed by the literal words its cues need
 * ({@link CueIndex}), so that a sentence is scanned once for all of them and only the cues it may
 * match are run.
 */
public final class CueRules {
    /** A relation cue: the relation it signals, where the object is, and its confidence. */
    public record RelationCue(String rule, Relation relation, Pattern pattern, String object, int window, double confidence,
                              boolean reversed) {}

    /**
     * A claim cue: the stance it signals, and where the claim is: in the clause the cue stands in
     * ("clause": "X does not hold") or after it ("after": "disproving false claims: X, Y").
     */
    public record ClaimCue(String rule, ClaimMention.Stance stance, Pattern pattern, double confidence, boolean claimFollows) {}

    /**
     * A method-introduction cue with a {@code name} group; {@code names} is "capitalised", "any"
     * (quoted or so-called names, any case) or "new" (only names the vocabulary does not know).
     */
    public record MethodCue(String rule, Pattern pattern, double confidence, String names) {}

    private final List<RelationCue> relations = new ArrayList<>();
    private final List<ClaimCue> claims = new ArrayList<>();
    private final List<MethodCue> methods = new ArrayList<>();
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> headingTopicWords = new HashSet<>();
    private final Set<String> phenomenonHeads = new HashSet<>();
    private Pattern otherWork = Pattern.compile("(?!)");
    private CueIndex<RelationCue> relationIndex;
    private CueIndex<ClaimCue> claimIndex;
    private CueIndex<MethodCue> methodIndex;

    public static CueRules defaults() {
        CueRules r = new CueRules();
        for (String[] row : RuleFile.classpath("relation-cues.tsv")) {
            r.relations.add(new RelationCue(row[0], relation(row[1]), Pattern.compile(row[2], Pattern.CASE_INSENSITIVE),
                    row[3], Integer.parseInt(row[4].trim()), Double.parseDouble(row[5].trim()),
                    row.length > 6 && row[6].trim().equals("reversed")));
        }
        for (String[] row : RuleFile.classpath("claim-cues.tsv")) {
            r.claims.add(new ClaimCue(row[0], ClaimMention.Stance.valueOf(row[1].trim().toUpperCase(Locale.ROOT)),
                    Pattern.compile(row[2], Pattern.CASE_INSENSITIVE), Double.parseDouble(row[3].trim()),
                    row.length > 4 && row[4].trim().equals("after")));
        }
        for (String[] row : RuleFile.classpath("method-cues.tsv")) {
            r.methods.add(new MethodCue(row[0], Pattern.compile(row[1]), Double.parseDouble(row[2].trim()),
                    row.length > 3 ? row[3].trim() : "capitalised"));
        }
        List<String> phrases = new ArrayList<>();
        for (String[] row : RuleFile.classpath("other-work-cues.txt")) phrases.add(Pattern.quote(row[0].strip()).replace(" ", "\\E\\s+\\Q"));
        if (!phrases.isEmpty()) {
            r.otherWork = Pattern.compile("^[\\s*_>#\\-]*(?:" + String.join("|", phrases) + ")\\b", Pattern.CASE_INSENSITIVE);
        }
        readWords("phenomenon-heads.txt", r.phenomenonHeads);
        readWords("heading-topic-words.txt", r.headingTopicWords);
        readWords("lead-stop-words.txt", r.stopWords);
        r.relationIndex = CueIndex.of(r.relations, RelationCue::pattern);
        r.claimIndex = CueIndex.of(r.claims, ClaimCue::pattern);
        r.methodIndex = CueIndex.of(r.methods, MethodCue::pattern);
        return r;
    }

    private static Relation relation(String name) {
        return Relation.named(name).orElseThrow(() -> new IllegalArgumentException("relation-cues.tsv: not a relation: " + name));
    }

    /** Reads a word list, one entry per line, into a set of lower-case entries. */
    private static void readWords(String file, Set<String> into) {
        for (String[] row : RuleFile.classpath(file)) into.add(row[0].strip().toLowerCase(Locale.ROOT));
    }

    public List<RelationCue> relations() { return relations; }

    public List<ClaimCue> claims() { return claims; }

    public List<MethodCue> methods() { return methods; }

    /** The relation cues that may match in the text, in file order: the others cannot. */
    public List<RelationCue> relationsIn(String text) { return relationIndex.candidates(text); }

    /** The claim cues that may match in the text, in file order. */
    public List<ClaimCue> claimsIn(String text) { return claimIndex.candidates(text); }

    /** The method-introduction cues that may match in the text, in file order. */
    public List<MethodCue> methodsIn(String text) { return methodIndex.candidates(text); }

    /** A word that may follow a phenomenon in a heading that names the section's topic ({@code heading-topic-words.txt}). */
    public boolean isHeadingTopicWord(String word) { return headingTopicWords.contains(word.toLowerCase(Locale.ROOT)); }

    /** Whether a sentence opens by saying it reports someone else's work ({@code other-work-cues.txt}). */
    public boolean speaksOfOtherWork(String sentence) { return otherWork.matcher(sentence).find(); }

    /** Whether a name's last word makes it a phenomenon ("variable sparsity problem"; {@code phenomenon-heads.txt}). */
    public boolean namesAPhenomenon(String name) {
        String[] words = name.strip().split("[\\s-]+");
        return words.length >= 2 && phenomenonHeads.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    public boolean isStopWord(String name) { return stopWords.contains(name.strip().toLowerCase(Locale.ROOT)); }
}
