package org.notegraph.extract.concepts;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.extract.rules.RuleFile;
import org.notegraph.model.Namespaces;

/**
 * The SKOS concept schemes notegraph recognises in note text: the bundled vocabulary of ML methods,
 * phenomena, datasets and tasks ({@code vocab/*.ttl}) plus any files a user adds. Labels are looked
 * up by their normal form ({@link #key}); acronyms written in capitals ("GAN", "BERT") only match
 * when written the same way.
 */
public final class ConceptVocabulary {
    public static final List<String> BUNDLED = List.of("methods.ttl", "phenomena.ttl", "datasets.ttl", "tasks.ttl");

    private final Map<String, Concept> byIri = new LinkedHashMap<>();
    private final Map<String, Set<String>> broader = new HashMap<>();
    private final Map<String, Concept> caseSensitive = new HashMap<>();
    private final Map<String, Concept> caseInsensitive = new HashMap<>();
    private final Graph graph = GraphFactory.createGraphMem();
    private final java.util.Set<String> umbrellas = new java.util.HashSet<>();
    /** The first word of every label key, in ASCII lower case: a phrase whose first word is none of them names no concept. */
    private final Set<String> firstWords = new java.util.HashSet<>();
    private int longestLabel = 1;

    public static ConceptVocabulary bundled() {
        ConceptVocabulary v = new ConceptVocabulary();
        for (String name : BUNDLED) {
            InputStream in = ConceptVocabulary.class.getResourceAsStream("/vocab/" + name);
            if (in != null) v.add(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        }
        return v;
    }

    public static ConceptVocabulary empty() { return new ConceptVocabulary(); }

    /** Adds a user's SKOS file; concepts there win over bundled ones with the same label. */
    public ConceptVocabulary withFile(Path file) {
        add(RDFParser.source(file).toGraph());
        return this;
    }

    /** Adds every skos:Concept of the graph with a known kind. */
    public void add(Graph g) {
        g.find().forEachRemaining(graph::add);
        Map<Node, Concept.Kind> kinds = new LinkedHashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
            Concept.Kind k = kindOf(t.getObject());
            if (k != null && t.getSubject().isURI()) kinds.putIfAbsent(t.getSubject(), k);
        });
        for (var e : kinds.entrySet()) {
            Node s = e.getKey();
            List<String> labels = new ArrayList<>();
            String pref = first(g, s, SKOS.prefLabel.asNode());
            if (pref == null) continue;
            labels.add(pref);
            g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) labels.add(t.getObject().getLiteralLexicalForm());
            });
            g.find(s, SKOS.hiddenLabel.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) labels.add(t.getObject().getLiteralLexicalForm());
            });
            register(new Concept(s.getURI(), pref, e.getValue(), labels));
            g.find(s, SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) broader.computeIfAbsent(s.getURI(), k -> new java.util.HashSet<>()).add(t.getObject().getURI());
            });
        }
    }

    /** Whether {@code general} is a broader concept of {@code specific}, directly or through a chain ("meta-learning" of "MAML"). */
    public boolean isBroaderThan(Concept general, Concept specific) {
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(broader.getOrDefault(specific.iri(), Set.of()));
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String iri = todo.pop();
            if (iri.equals(general.iri())) return true;
            if (seen.add(iri)) todo.addAll(broader.getOrDefault(iri, Set.of()));
        }
        return false;
    }

    /** Registers a concept, for example a method a note introduces. */
    public void register(Concept c) {
        byIri.put(c.iri(), c);
        for (String label : c.labels()) {
            String key = key(label);
            if (key.isEmpty()) continue;
            longestLabel = Math.max(longestLabel, key.split(" ").length);
            String stored = isAcronym(label) ? exactKey(label) : key;
            if (isAcronym(label)) caseSensitive.put(stored, c);
            else caseInsensitive.put(key, c);
            int space = stored.indexOf(' ');
            firstWords.add(asciiLower(space < 0 ? stored : stored.substring(0, space)));
        }
    }

    /** The concept a label names, by the matching rules (acronyms exact, others case-insensitive). */
    public Optional<Concept> lookup(String writtenForm) {
        Concept c = caseSensitive.get(exactKey(writtenForm));
        if (c == null) c = caseInsensitive.get(key(writtenForm));
        return Optional.ofNullable(c);
    }

    /**
     * False only when no label, nor the plural of one, can start with this word of the prose (a
     * {@link ConceptMatcher.Word}): its first run of letters and digits, less up to two final
     * letters ("models", "GANs"), is the first word of no label. Words with characters beyond
     * ASCII are always worth a lookup, since lower-casing them may change their length.
     */
    public boolean mayStartLabel(String word) {
        int run = 0;
        while (run < word.length() && isAsciiLetterOrDigit(word.charAt(run))) run++;
        for (int i = run; i < word.length(); i++) if (word.charAt(i) >= 128) return true;
        String first = asciiLower(word.substring(0, run));
        for (int cut = 0; cut <= 2 && first.length() - cut >= 1; cut++) {
            if (firstWords.contains(first.substring(0, first.length() - cut))) return true;
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }

    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        }
        return out.toString();
    }

    /** Any label equal to this one ignoring case and punctuation, acronym or not. */
    public Optional<Concept> lookupLoose(String writtenForm) {
        Optional<Concept> c = lookup(writtenForm);
        if (c.isPresent()) return c;
        String k = key(writtenForm);
        for (var e : caseSensitive.entrySet()) if (e.getKey().toLowerCase(Locale.ROOT).equals(k)) return Optional.of(e.getValue());
        return Optional.empty();
    }

    /**
     * A concept too broad to be a paper's topic ("generalization", "robustness"), listed in
     * {@code broad-concepts.txt}: its mentions are kept, but no relation is read to it.
     */
    public boolean isUmbrella(Concept c) {
        if (umbrellas.isEmpty()) {
            for (String[] row : RuleFile.classpath("broad-concepts.txt")) umbrellas.add(key(row[0]));
        }
        return umbrellas.contains(key(c.prefLabel()));
    }

    public Optional<Concept> byIri(String iri) { return Optional.ofNullable(byIri.get(iri)); }

    public Collection<Concept> concepts() { return byIri.values(); }

    public int longestLabelWords() { return longestLabel; }

    /** The vocabulary as RDF, to be stored beside the notes. */
    public Graph graph() { return graph; }

    /** Lower case, words of letters and digits separated by single spaces ("Double-Descent" → "double descent"). */
    public static String key(String label) {
        return lettersAndDigits(label.toLowerCase(Locale.ROOT));
    }

    static String exactKey(String label) {
        return lettersAndDigits(label);
    }

    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /**
     * The runs of letters and numbers ({@code \p{L}}, {@code \p{N}}) of a text joined by single
     * spaces: what replacing {@code [^\p{L}\p{N}]+} by a space and stripping gives, without a
     * regular expression, since it runs for every phrase looked up.
     */
    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ((LETTER_OR_NUMBER >> Character.getType(cp) & 1) != 0) {
                if (gap && out.length() > 0) out.append(' ');
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A label written mostly in capitals ("GAN", "BERT", "VQ-VAE", "k-NN" is not). */
    public static boolean isAcronym(String label) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
        }
        return upper >= 2 && lower == 0 || upper >= 2 && lower == 1 && label.endsWith("s") && label.length() <= 6;
    }

    private static Concept.Kind kindOf(Node type) {
        if (!type.isURI() || !type.getURI().startsWith(Namespaces.NOTEGRAPH)) return null;
        return switch (type.getURI().substring(Namespaces.NOTEGRAPH.length())) {
            case "Method" -> Concept.Kind.METHOD;
            case "Phenomenon" -> Concept.Kind.PHENOMENON;
            case "Dataset" -> Concept.Kind.DATASET;
            case "Task" -> Concept.Kind.TASK;
            default -> null;
        };
    }

    private static String first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

}
