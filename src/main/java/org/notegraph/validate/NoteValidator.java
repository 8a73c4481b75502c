package org.notegraph.validate;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.notegraph.rdf.NG;

/**
 * Validates the graph against the SHACL shapes ({@code shapes/notegraph.ttl}) and locates each
 * result in the notes: a result about a mention points at its line; one about a paper, person or
 * venue points at the first mention that names it.
 */
public final class NoteValidator {
    private final Shapes shapes;

    public NoteValidator(Shapes shapes) { this.shapes = shapes; }

    public static NoteValidator defaults() {
        InputStream in = NoteValidator.class.getResourceAsStream("/shapes/notegraph.ttl");
        if (in == null) throw new IllegalStateException("shapes/notegraph.ttl missing from the classpath");
        Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        return new NoteValidator(Shapes.parse(g));
    }

    public static NoteValidator fromFile(String path) {
        return new NoteValidator(Shapes.parse(RDFParser.source(path).toGraph()));
    }

    /** Validates a copy of the given graph (typically the store's union graph). */
    public ValidationResults validate(Graph data) {
        Graph copy = GraphFactory.createGraphMem();
        data.find().forEachRemaining(copy::add);
        return validateInPlace(copy);
    }

    /** Validates the given graph where it is, without copying it. */
    public ValidationResults validateInPlace(Graph data) {
        List<ValidationResults.Result> results = new ArrayList<>();
        addResults(data, ShaclValidator.get().validate(shapes, data), results);
        return sorted(results);
    }

    /**
     * Validates only the given focus nodes, in place (the graph is not copied), and keeps the
     * results of an earlier validation of the same graph for every other node: what a build that
     * changed a few notes needs. The caller names every node whose results may have changed; with
     * the bundled shapes those are the subjects of the quads that changed and the nodes that link
     * to them (a shape looks at a node's own values and at the type of what it links to).
     */
    public ValidationResults revalidate(Graph data, Set<Node> focus, ValidationResults earlier) {
        Set<String> again = new HashSet<>();
        for (Node n : focus) again.add(label(n));
        List<ValidationResults.Result> results = new ArrayList<>();
        for (ValidationResults.Result r : earlier.results()) if (!again.contains(r.focus())) results.add(r);
        for (Node n : focus) {
            if (n.isLiteral()) continue;
            addResults(data, ShaclValidator.get().validate(shapes, data, n), results);
        }
        return sorted(results);
    }

    private static void addResults(Graph data, ValidationReport report, List<ValidationResults.Result> results) {
        for (ReportEntry e : report.getEntries()) {
            Location where = locate(data, e.focusNode());
            results.add(new ValidationResults.Result(where.file, where.line, severityName(e),
                    e.message(), label(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString()));
        }
    }

    private static ValidationResults sorted(List<ValidationResults.Result> results) {
        results.sort(Comparator.comparing(ValidationResults.Result::file).thenComparingInt(ValidationResults.Result::line)
                .thenComparing(ValidationResults.Result::message).thenComparing(ValidationResults.Result::focus)
                .thenComparing(ValidationResults.Result::path).thenComparing(ValidationResults.Result::severity));
        return new ValidationResults(results);
    }

    private static String severityName(ReportEntry e) {
        String iri = e.severity().level().getURI();
        return iri.substring(iri.lastIndexOf('#') + 1);
    }

    private static String label(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }

    private record Location(String file, int line) {}

    /** Walks backwards from the focus node (at most three links) to the nearest mention or note. */
    private static Location locate(Graph g, Node focus) {
        Deque<Node> queue = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        queue.add(focus);
        seen.add(focus);
        for (int depth = 0; depth < 4 && !queue.isEmpty(); depth++) {
            List<Location> found = new ArrayList<>();
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : queue) {
                Location l = direct(g, n);
                if (l != null) found.add(l);
                if (n.isLiteral()) continue;
                for (var it = g.find(Node.ANY, Node.ANY, n); it.hasNext(); ) {
                    Node s = it.next().getSubject();
                    if (seen.add(s)) next.add(s);
                }
            }
            if (!found.isEmpty()) {
                // a location with a line beats one without (a mention missing its ng:line)
                found.sort(Comparator.comparing((Location l) -> l.line() <= 0).thenComparing(Location::file)
                        .thenComparingInt(Location::line));
                return found.get(0);
            }
            queue = next;
        }
        return new Location("(graph)", 0);
    }

    private static Location direct(Graph g, Node n) {
        if (n.isLiteral()) return null;
        Node note = first(g, n, NG.inNote);
        if (note != null) {
            Node line = first(g, n, NG.line);
            return new Location(path(g, note), line != null && line.isLiteral() ? toInt(line) : 0);
        }
        Node path = first(g, n, NG.path);
        return path != null && path.isLiteral() ? new Location(path.getLiteralLexicalForm(), 1) : null;
    }

    private static String path(Graph g, Node note) {
        Node p = first(g, note, NG.path);
        return p != null && p.isLiteral() ? p.getLiteralLexicalForm() : note.toString();
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static int toInt(Node lit) {
        try {
            return Integer.parseInt(lit.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
