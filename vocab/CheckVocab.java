import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.*;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Sanity check for notegraph SKOS vocabularies (vocab/*.ttl).
 *
 * <pre>
 *   mvn -q package -DskipTests        # once, fills target/lib with Jena
 *   java -cp "target/lib/*" vocab/CheckVocab.java vocab/*.ttl
 *   java -cp "target/lib/*" vocab/CheckVocab.java --words vocab/*.ttl   # also list one-word lower-case labels
 * </pre>
 *
 * Checks: strict Turtle parse; at most one concept scheme per file (a file of extra concepts may
 * use the schemes of the bundled files); every concept is a skos:Concept and an
 * instance of its scheme's class, in exactly one scheme, with exactly one English prefLabel and an IRI
 * equal to ngv: + slug(prefLabel); every skos:broader target is a concept of the same scheme and the
 * hierarchy has no cycles; no IRI is defined in two files; no label belongs to two concepts, compared
 * the way notegraph's matcher (org.notegraph.extract.ConceptVocabulary) looks labels up: acronyms
 * ("GAN", "VQ-VAE", "CNNs") exactly, other labels in lower case with punctuation as spaces. Also
 * listed, without failing: labels that clash only when case is ignored, and labels the matcher can
 * never find in prose because words are joined by punctuation other than a space, hyphen or slash.
 * Exit status 1 if any check fails.
 */
public class CheckVocab {
    static final String NG = "https://w3id.org/notegraph#";
    static final String NGV = "https://w3id.org/notegraph/vocab/";
    static final Map<String, String> CLASS_OF_SCHEME = Map.of(
            NG + "MethodScheme", NG + "Method",
            NG + "PhenomenonScheme", NG + "Phenomenon",
            NG + "DatasetScheme", NG + "Dataset",
            NG + "TaskScheme", NG + "Task");

    static int errors = 0;
    static final PrintStream out = System.out;

    static void error(String msg) { errors++; out.println("ERROR " + msg); }

    static String slug(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD)
                .replace("@", " at ").replace("+", " plus ").replace("'", "").replace("\u2019", "");
        s = s.replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s;
    }

    // --- the matcher's label rules, as in org.notegraph.extract.ConceptVocabulary / ConceptMatcher ---
    static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    static final java.util.regex.Pattern JOINER = java.util.regex.Pattern.compile("[ \\t]*(?:[-/][ \\t]*|\\n[ \\t]*)?|[ \\t]+");

    static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String exactKey(String label) {
        return label.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean isAcronym(String label) {
        int upper = 0, lower = 0;
        for (int i = 0; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
        }
        return upper >= 2 && lower == 0 || upper >= 2 && lower == 1 && label.endsWith("s") && label.length() <= 6;
    }

    /** The matcher key: "cs:" + exact key for acronyms, "ci:" + lower-case key otherwise. */
    static String matchKey(String label) {
        return isAcronym(label) ? "cs:" + exactKey(label) : "ci:" + key(label);
    }

    /** Whether prose written exactly like the label can be matched (words joined only by space, hyphen, slash). */
    static boolean matchable(String label) {
        var m = WORD.matcher(label);
        int prevEnd = -1;
        boolean any = false;
        while (m.find()) {
            if (prevEnd >= 0 && !JOINER.matcher(label.substring(prevEnd, m.start())).matches()) return false;
            prevEnd = m.end();
            any = true;
        }
        return any;
    }

    static String shortName(Resource r) {
        String u = r.getURI();
        if (u == null) return r.toString();
        if (u.startsWith(NGV)) return "ngv:" + u.substring(NGV.length());
        if (u.startsWith(NG)) return "ng:" + u.substring(NG.length());
        return "<" + u + ">";
    }

    public static void main(String[] args) throws Exception {
        boolean listWords = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--words")) listWords = true;
            else files.add(Path.of(a));
        }
        if (files.isEmpty()) {
            try (var s = Files.list(Path.of("vocab"))) {
                files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().collect(Collectors.toList());
            }
        }

        Model all = ModelFactory.createDefaultModel();
        Map<Resource, Path> definedIn = new HashMap<>();
        Map<Resource, Resource> schemeOf = new LinkedHashMap<>();
        Map<Resource, Path> schemeFile = new LinkedHashMap<>();

        for (Path f : files) {
            Model m = ModelFactory.createDefaultModel();
            try {
                RDFParser.create().source(f).lang(Lang.TURTLE)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(m);
            } catch (Exception e) {
                error(f + ": Turtle parse failed: " + e.getMessage());
                continue;
            }
            out.printf("parsed %-28s %6d triples%n", f, m.size());
            List<Resource> schemes = m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
            if (schemes.size() > 1) error(f + ": more than one skos:ConceptScheme (" + schemes.size() + ")");
            for (Resource s : schemes) schemeFile.put(s, f);
            for (Resource s : m.listSubjects().toList()) {
                if (schemes.contains(s)) continue;
                Path prev = definedIn.putIfAbsent(s, f);
                if (prev != null && !prev.equals(f)) error(shortName(s) + " is described in both " + prev + " and " + f);
            }
            all.add(m);
        }

        // concepts and their scheme
        Map<Resource, List<Resource>> conceptsByScheme = new LinkedHashMap<>();
        for (Resource s : schemeFile.keySet()) conceptsByScheme.put(s, new ArrayList<>());
        for (Resource c : all.listSubjects().toList()) {
            if (all.contains(c, RDF.type, SKOS.ConceptScheme)) continue;
            List<RDFNode> inSchemes = all.listObjectsOfProperty(c, SKOS.inScheme).toList();
            if (inSchemes.size() != 1) {
                error(shortName(c) + ": expected exactly one skos:inScheme, found " + inSchemes.size());
                if (inSchemes.isEmpty()) continue;
            }
            Resource scheme = inSchemes.get(0).asResource();
            if (!conceptsByScheme.containsKey(scheme)) {
                error(shortName(c) + ": skos:inScheme " + shortName(scheme) + " is not a declared concept scheme");
                continue;
            }
            schemeOf.put(c, scheme);
            conceptsByScheme.get(scheme).add(c);
        }

        Map<String, Set<Resource>> conceptsByLabel = new TreeMap<>();
        Map<String, Set<Resource>> conceptsByLooseLabel = new TreeMap<>();
        List<String> unmatchable = new ArrayList<>();
        Map<String, String> labelSpelling = new HashMap<>();
        int altCount = 0, defCount = 0;
        List<String> oneWordLower = new ArrayList<>();

        for (var e : conceptsByScheme.entrySet()) {
            Resource scheme = e.getKey();
            String cls = CLASS_OF_SCHEME.get(scheme.getURI());
            if (cls == null) out.println("WARN  " + shortName(scheme) + ": unknown scheme, class check skipped");
            for (Resource c : e.getValue()) {
                if (!all.contains(c, RDF.type, SKOS.Concept)) error(shortName(c) + ": not typed skos:Concept");
                if (cls != null && !all.contains(c, RDF.type, all.createResource(cls)))
                    error(shortName(c) + ": not typed " + shortName(all.createResource(cls)));
                List<RDFNode> prefs = all.listObjectsOfProperty(c, SKOS.prefLabel).toList();
                if (prefs.size() != 1) error(shortName(c) + ": expected exactly one skos:prefLabel, found " + prefs.size());
                Set<String> own = new HashSet<>();
                List<Literal> labels = new ArrayList<>();
                for (RDFNode n : prefs) labels.add(n.asLiteral());
                List<RDFNode> alts = all.listObjectsOfProperty(c, SKOS.altLabel).toList();
                altCount += alts.size();
                for (RDFNode n : alts) labels.add(n.asLiteral());
                for (Literal l : labels) {
                    String text = l.getLexicalForm();
                    if (!"en".equals(l.getLanguage())) error(shortName(c) + ": label \"" + text + "\" is not tagged @en");
                    if (text.isBlank() || !text.equals(text.strip()) || text.contains("  "))
                        error(shortName(c) + ": badly spaced label \"" + text + "\"");
                    String key = matchKey(text);
                    if (!own.add(text.toLowerCase(Locale.ROOT))) error(shortName(c) + ": label \"" + text + "\" repeated (case-insensitively)");
                    conceptsByLabel.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
                    conceptsByLooseLabel.computeIfAbsent(key(text), k -> new LinkedHashSet<>()).add(c);
                    labelSpelling.putIfAbsent(key, text);
                    labelSpelling.putIfAbsent("loose:" + key(text), text);
                    if (!matchable(text)) unmatchable.add("\"" + text + "\"  (" + shortName(c) + ")");
                    if (!text.contains(" ") && !text.contains("-") && text.equals(key) && text.matches("[a-z]+"))
                        oneWordLower.add(text + "  (" + shortName(c) + ")");
                }
                if (prefs.size() == 1) {
                    String expected = NGV + slug(prefs.get(0).asLiteral().getLexicalForm());
                    if (!expected.equals(c.getURI()))
                        error(shortName(c) + ": IRI does not match slug of prefLabel (expected " + shortName(all.createResource(expected)) + ")");
                }
                if (all.contains(c, SKOS.definition)) defCount++;
                for (RDFNode b : all.listObjectsOfProperty(c, SKOS.broader).toList()) {
                    Resource br = b.asResource();
                    if (!schemeOf.containsKey(br)) error(shortName(c) + ": skos:broader target " + shortName(br) + " is not a concept");
                    else if (!schemeOf.get(br).equals(scheme))
                        error(shortName(c) + ": skos:broader target " + shortName(br) + " is in another scheme");
                    if (br.equals(c)) error(shortName(c) + ": skos:broader itself");
                }
            }
        }

        // cycles in skos:broader
        Map<Resource, Integer> state = new HashMap<>();
        Map<Resource, Integer> depth = new HashMap<>();
        for (Resource c : schemeOf.keySet()) depthOf(all, c, state, depth, new ArrayDeque<>());

        // report
        out.println();
        out.println("concepts per scheme:");
        int total = 0;
        for (var e : conceptsByScheme.entrySet()) {
            List<Resource> cs = e.getValue();
            long roots = cs.stream().filter(c -> !all.contains(c, SKOS.broader)).count();
            long defs = cs.stream().filter(c -> all.contains(c, SKOS.definition)).count();
            int maxDepth = cs.stream().mapToInt(c -> depth.getOrDefault(c, 0)).max().orElse(0);
            out.printf("  %-22s %-26s %5d concepts, %4d top-level, %4d with definition, max depth %d%n",
                    shortName(e.getKey()), schemeFile.get(e.getKey()), cs.size(), roots, defs, maxDepth);
            total += cs.size();
        }
        out.printf("  %-49s %5d concepts, %d altLabels, %d definitions%n", "total", total, altCount, defCount);

        out.println();
        List<String> shared = new ArrayList<>();
        for (var e : conceptsByLabel.entrySet()) {
            if (e.getValue().size() > 1)
                shared.add("  \"" + labelSpelling.get(e.getKey()) + "\" -> "
                        + e.getValue().stream().map(CheckVocab::shortName).collect(Collectors.joining(", ")));
        }
        out.println("labels shared by two or more concepts (as the matcher looks them up): " + shared.size());
        shared.forEach(out::println);
        errors += shared.size();

        Set<Set<Resource>> sharedSets = new HashSet<>();
        for (var e : conceptsByLabel.entrySet()) if (e.getValue().size() > 1) sharedSets.add(e.getValue());
        List<String> loose = new ArrayList<>();
        for (var e : conceptsByLooseLabel.entrySet()) {
            if (e.getValue().size() > 1 && !sharedSets.contains(e.getValue()))
                loose.add("  \"" + labelSpelling.get("loose:" + e.getKey()) + "\" -> "
                        + e.getValue().stream().map(CheckVocab::shortName).collect(Collectors.joining(", ")));
        }
        out.println("labels that clash only when case is ignored (acronym vs. word; info): " + loose.size());
        loose.forEach(out::println);

        out.println("labels the matcher cannot find as written (words joined by other punctuation; info): " + unmatchable.size());
        unmatchable.forEach(x -> out.println("  " + x));

        if (listWords) {
            out.println();
            out.println("one-word lower-case labels (matched case-insensitively; review for everyday-English ambiguity): " + oneWordLower.size());
            oneWordLower.stream().sorted().forEach(s -> out.println("  " + s));
        }

        out.println();
        out.println(errors == 0 ? "OK: all checks passed" : "FAILED: " + errors + " problem(s)");
        System.exit(errors == 0 ? 0 : 1);
    }

    /** Depth in the broader hierarchy (top concepts have depth 0); reports cycles. */
    static int depthOf(Model m, Resource c, Map<Resource, Integer> state, Map<Resource, Integer> depth, Deque<Resource> path) {
        Integer st = state.get(c);
        if (st != null && st == 2) return depth.get(c);
        if (st != null && st == 1) {
            error("skos:broader cycle: " + path.stream().map(CheckVocab::shortName).collect(Collectors.joining(" -> ")) + " -> " + shortName(c));
            return 0;
        }
        state.put(c, 1);
        path.addLast(c);
        int d = 0;
        for (RDFNode b : m.listObjectsOfProperty(c, SKOS.broader).toList())
            d = Math.max(d, 1 + depthOf(m, b.asResource(), state, depth, path));
        path.removeLast();
        state.put(c, 2);
        depth.put(c, d);
        return d;
    }
}
