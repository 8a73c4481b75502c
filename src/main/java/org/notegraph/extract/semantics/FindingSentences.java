package org.notegraph.extract.semantics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;
import org.notegraph.extract.text.EnglishNlp;

/**
 * Whether a sentence in a paper's record states a finding without any reporting cue ("Adding
 * layers reduces accuracy", "Bidirectionality is crucial", "A generalises better than B"), read on
 * its part-of-speech tags ({@link EnglishNlp}) with the words of {@code finding-words.tsv}: the
 * clause has a subject (a noun phrase, a gerund, or "it" / "this"; not an actor such as "they", nor a
 * bare verb that instructs or describes a step), and its predicate states an effect, evaluates, or
 * compares. A hedge lowers the confidence; a results section or a finding label raises it. The tail
 * of a sentence (",  a common method, is slower …") and a line that introduces a quote or list (ending
 * in ":") state none.
 */
final class FindingSentences {
    /** A finding as read: the clause (a lead-in label dropped) and how sure the reading is. */
    record Finding(String clause, double confidence) {}

    /**
     * A finding read by grammar alone, in a list of many papers' one-line descriptions, is as likely
     * a description as a result: below the 0.5 that {@code relations} shows. In a note about one
     * paper, a results section or after a finding label, it is a result.
     */
    static final double BASE = 0.45;
    private static final double SURER = 0.15;
    private static final double HEDGED = 0.7;
    private static final Pattern LABEL = Pattern.compile("^[\\s*_>#\\-]*([^:.;()\\n]{1,40}?)[*_]*\\s*:[*_]*\\s+(?=\\S)");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:\\w+er|more|less|fewer)\\s+(?:[\\w-]+\\s+){0,3}?than\\b");
    /** A negated verb ("does not harm", "can't reach"): a negative finding; a negated copula alone is none. */
    private static final Pattern NEGATED_VERB = Pattern.compile("(?i)\\b(?:does|do|did|can|could|will|would)(?:\\s+not|n't)\\b");
    /** A clause that opens by giving a reason ("As the sets differ, …") is background, not the finding. */
    private static final Pattern REASON_FIRST = Pattern.compile("(?i)^(?:as|since|because|given)\\b");
    /** A sentence's first word when a comma, "!" or ":" follows it ("Heh, …"). */
    private static final Pattern OPENING_WORD = Pattern.compile("^[\\W_]*(\\p{L}+)\\s*[,!:]");
    /** Words after which "I" is a numeral ("type I error", "Section I"). */
    private static final Set<String> ROMAN_AFTER = Set.of("type", "phase", "stage", "section", "part", "table", "figure", "class", "level", "step");
    /**
     * A clause that carries on the note-taker's own argument ("And naturally …", "But the graphical
     * model …", "For instance, …"): by its grammar alone, no finding.
     */
    private static final Pattern CONTINUATION = Pattern.compile("(?i)(?:and|but|so|therefore|hence|for\\s+instance|for\\s+example)\\b");
    /** A TeX command in the subject ("\\rho for …"): a derivation step, not a finding. */
    private static final Pattern TEX = Pattern.compile("\\\\[A-Za-z]+");
    private static final ThreadLocal<EnglishNlp> NLP = ThreadLocal.withInitial(EnglishNlp::new);

    private final Set<String> verbs = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> hedges = new HashSet<>();
    private final Set<String> sections = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> actors = new HashSet<>();
    private final Set<String> voice = new HashSet<>();
    private final Set<String> interjections = new HashSet<>();
    private final Set<String> opinions = new HashSet<>();

    static FindingSentences defaults() {
        FindingSentences f = new FindingSentences();
        for (String[] row : RuleFile.classpath("finding-words.tsv")) {
            if (row.length < 2) continue;
            String w = row[1].strip().toLowerCase(Locale.ROOT);
            switch (row[0].strip()) {
                case "verb" -> f.verbs.add(w);
                case "adjective" -> f.adjectives.add(w);
                case "hedge" -> f.hedges.add(w);
                case "section" -> f.sections.add(w);
                case "label" -> f.labels.add(w);
                case "actor" -> f.actors.add(w);
                case "voice" -> f.voice.add(w);
                case "interjection" -> f.interjections.add(w);
                case "opinion" -> f.opinions.add(w);
                default -> throw new IllegalStateException("finding-words.tsv: unknown kind " + row[0]);
            }
        }
        return f;
    }

    /**
     * Whether a sentence is the note-taker speaking, not a paper's finding: it says "I", "me" or
     * "my", opens with an interjection ("Heh, …", "OK, …"), or exclaims.
     */
    boolean isNoteTakersVoice(String sentence) {
        String t = sentence.strip();
        if (t.endsWith("!") || t.endsWith("!)")) return true;
        Matcher opening = OPENING_WORD.matcher(t);
        if (opening.lookingAt() && interjections.contains(opening.group(1).toLowerCase(Locale.ROOT))) return true;
        String[] words = t.split("[^\\p{L}']+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean numeral = i > 0 && ROMAN_AFTER.contains(words[i - 1].toLowerCase(Locale.ROOT));
            if ((w.equals("I") || w.startsWith("I'")) && !numeral || voice.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("i")) return true;
        }
        return false;
    }

    /** Whether a word makes a statement tentative ("seems", "might"). */
    boolean isHedge(String word) { return hedges.contains(word.toLowerCase(Locale.ROOT)); }

    /** The hedge factor for a sentence: lower when any of its words hedges. */
    double hedgeFactor(String sentence) {
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) if (hedges.contains(w)) return HEDGED;
        return 1.0;
    }

    /**
     * Whether the heading path names a section of the note-taker's own views ("Thoughts",
     * "Reader's Opinion", "Two Cents"): what is said there is the reader's, not the paper's.
     */
    boolean isOpinionSection(List<String> headingPath) {
        for (String h : headingPath) {
            if (h.split("\\s+").length > 5) continue;  // a paper's title, not a section's name
            if (containsWord(h, opinions)) return true;
        }
        return false;
    }

    private static boolean containsWord(String heading, Set<String> words) {
        String k = " " + heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}; ]+", " ").replaceAll("\\s+", " ") + " ";
        for (String s : words) if (k.contains(" " + s + " ")) return true;
        return false;
    }

    /** Whether the heading path names a section of results ("Results and Comparisons", "Key Points") in a short heading. */
    boolean isResultsSection(List<String> headingPath) {
        for (String h : headingPath) {
            if (h.split("\\s+").length > 4) continue;  // a paper's title, not a section's name
            if (containsWord(h, sections)) return true;
        }
        return false;
    }

    /** The finding the sentence states, or null. */
    Finding read(String sentence, List<String> headingPath, boolean notesOwnPaper) {
        String clause = sentence.strip();
        if (isFragment(clause) || clause.endsWith(":")) return null;
        boolean labelled = false;
        Matcher label = LABEL.matcher(clause);
        if (label.lookingAt()) {
            String l = label.group(1).strip().toLowerCase(Locale.ROOT);
            if (l.split("\\s+").length <= 5) {  // a longer lead-in is the clause's own subject ("1st layer of X: …")
                labelled = labels.contains(l);
                clause = clause.substring(label.end());
            }
        }
        clause = clause.replaceAll("^[\\s*_>\\-,;:.]+", "").replaceAll("[\\s.;:,*_]+$", "").strip();
        if (clause.isEmpty() || clause.endsWith("?") || REASON_FIRST.matcher(clause).find() || CONTINUATION.matcher(clause).lookingAt()
                || stepFirst(clause)) return null;
        List<EnglishNlp.Token> tokens = NLP.get().tag(clause);
        if (tokens.size() < 4) return null;
        int verb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            // the tagger reads some verbs in -s as plural nouns ("lowers"): a finding verb counts as the verb
            boolean isVerb = tokens.get(i).isVerb() || i > 0 && verbs.contains(w) && w.endsWith("s");
            // a gerund right before the verb is part of the subject ("biLM pretraining is …")
            boolean compound = w.endsWith("ing") && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("AUX");
            if (isVerb && !(i == 0 && w.endsWith("ing")) && !compound) { verb = i; break; }
        }
        if (verb < 1 || !hasSubject(tokens, verb)) return null;
        if (TEX.matcher(clause.substring(0, tokens.get(verb).start())).find()) return null;
        if (!evaluates(clause, tokens, verb)) return null;
        double c = BASE;
        if (labelled || notesOwnPaper || isResultsSection(headingPath)) c += SURER;
        c *= hedgeFactor(clause);
        return new Finding(clause, c);
    }

    /**
     * Whether the text is the tail of a sentence rather than a sentence: it opens with a comma or a
     * semicolon (its subject was code or markup), or closes a parenthesis it never opened (the rest
     * of a wrapped line).
     */
    private static boolean isFragment(String clause) {
        if (clause.startsWith(",") || clause.startsWith(";")) return true;
        int close = clause.indexOf(')');
        int open = clause.indexOf('(');
        // "a) X improves Y" is an enumerated item, not a tail
        return close >= 0 && (open < 0 || close < open) && clause.substring(0, close).strip().contains(" ");
    }

    /**
     * Whether the clause opens with what the authors did ("When we froze the neck, …", "After they
     * dropped the encoder, …"): an account of an experiment's step, not its finding.
     */
    private boolean stepFirst(String clause) {
        Matcher m = STEP_FIRST.matcher(clause);
        if (!m.lookingAt()) return false;
        String two = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
        return actors.contains(m.group(1).toLowerCase(Locale.ROOT)) || actors.contains(two);
    }

    private static final Pattern STEP_FIRST = Pattern.compile("(?i)(?:when|whenever|after|once|while)\\s+(\\p{L}+)\\s+(\\p{L}+)");

    /** A finding read by grammar, in its paper's own record: surer, unless hedged. */
    double inOwnRecord(double confidence, String sentence) {
        return (confidence + SURER) * hedgeFactor(sentence);
    }

    /** The words before the first verb are a subject: a noun phrase, a gerund's phrase, or "it"/"this"; not an actor pronoun. */
    private boolean hasSubject(List<EnglishNlp.Token> tokens, int verb) {
        EnglishNlp.Token first = tokens.get(0);
        String w = first.text().toLowerCase(Locale.ROOT);
        String two = tokens.size() > 1 ? w + " " + tokens.get(1).text().toLowerCase(Locale.ROOT) : w;
        if (actors.contains(w) || actors.contains(two)) return false;
        if (first.isVerb()) return w.endsWith("ing");
        for (int i = 0; i < verb; i++) if (tokens.get(i).isNoun() || tokens.get(i).isPronoun() || unknownName(tokens.get(i))) return true;
        return false;
    }

    /** A word the tagger takes for punctuation or a symbol though it has letters: a name it does not know ("biLM"). */
    private static boolean unknownName(EnglishNlp.Token t) {
        return (t.tag().equals("PUNCT") || t.tag().equals("SYM") || t.tag().equals("X")) && t.text().chars().anyMatch(Character::isLetter);
    }

    /** The predicate states an effect, evaluates or compares, or denies ("does not harm"). */
    private boolean evaluates(String clause, List<EnglishNlp.Token> tokens, int verb) {
        for (int i = verb; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (verbs.contains(w) || adjectives.contains(w)) return true;
        }
        String predicate = clause.substring(tokens.get(verb).start());
        return COMPARISON.matcher(predicate).find() || NEGATED_VERB.matcher(predicate).lookingAt();
    }
}
