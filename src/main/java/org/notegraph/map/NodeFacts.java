package org.notegraph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;

/**
 * What the map says about each node, looked up once per node inside the caller's read
 * transaction: its kind (from its types), its label (title, preferred label, label or path; a
 * paper without a title by its identifier or as a note wrote it), whether it is a ghost, and a
 * note's path and tags.
 */
final class NodeFacts {
    /**
     * The rules that make a mention a paper's own note (front matter, the note's title, a library
     * note): a paper with no such mention is cited but never noted, as {@code queries/gaps.rq}
     * decides it for its cited-not-noted rows.
     */
    static final Set<String> OWN_NOTE_RULES = Set.of("front-matter", "note-title", "library-note");

    /** Kinds by type, most specific first. */
    private static final List<Map.Entry<Node, String>> KINDS = List.of(
            Map.entry(NG.Note, "note"), Map.entry(NG.Paper, "paper"), Map.entry(NG.Claim, "claim"),
            Map.entry(NG.Method, "method"), Map.entry(NG.Phenomenon, "phenomenon"), Map.entry(NG.Dataset, "dataset"),
            Map.entry(NG.Task, "task"), Map.entry(NG.CitedWork, "cited"), Map.entry(SKOS.Concept.asNode(), "concept"));

    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode(), NG.path);

    private final DatasetGraph dsg;
    private final Map<String, Boolean> notes = new HashMap<>();

    NodeFacts(DatasetGraph dsg) { this.dsg = dsg; }

    boolean exists(String iri) { return inDataset(dsg, iri); }

    /** Whether a resource is in the dataset (as subject or object); call inside a read transaction. */
    static boolean inDataset(DatasetGraph dsg, String iri) {
        Node n = uri(iri);
        return dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext() || dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext();
    }

    boolean isNote(String iri) {
        return notes.computeIfAbsent(iri, i -> !iri.startsWith(EdgeTable.UNRESOLVED) && has(uri(i), RDF.type.asNode(), NG.Note));
    }

    MapNode node(String id, int depth) {
        if (id.startsWith(EdgeTable.UNRESOLVED)) {
            return new MapNode(id, id.substring(EdgeTable.UNRESOLVED.length()), "unresolved", true, depth, null, List.of());
        }
        Node n = uri(id);
        String kind = kind(n);
        String path = first(n, NG.path);
        List<String> tags = kind.equals("note") ? tags(id) : List.of();
        boolean ghost = switch (kind) {
            case "paper" -> !ownNote(n);
            case "cited" -> true;
            default -> false;
        };
        return new MapNode(id, label(n, kind), kind, ghost, depth, path, tags);
    }

    private String kind(Node n) {
        for (Map.Entry<Node, String> k : KINDS) if (has(n, RDF.type.asNode(), k.getKey())) return k.getValue();
        return "other";
    }

    private String label(Node n, String kind) {
        for (Node p : LABELS) {
            String l = first(n, p);
            if (l != null && !l.isBlank()) return l.strip();
        }
        if (kind.equals("paper")) {
            for (Node p : List.of(NG.arxivId, NG.openreviewId, Vocab.Bibo.doi, NG.aclId)) {
                String id = first(n, p);
                if (id != null) return p.getLocalName().replace("Id", "") + ":" + id;
            }
            Iterator<Quad> m = dsg.find(Node.ANY, Node.ANY, Vocab.OA.hasBody, n);
            while (m.hasNext()) {
                String written = first(m.next().getSubject(), NG.titleAsWritten);
                if (written != null) return written;
            }
        }
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** Whether some mention of the paper is its own note's (see {@link #OWN_NOTE_RULES}). */
    private boolean ownNote(Node paper) {
        Iterator<Quad> m = dsg.find(Node.ANY, Node.ANY, Vocab.OA.hasBody, paper);
        while (m.hasNext()) {
            Iterator<Quad> rules = dsg.find(Node.ANY, m.next().getSubject(), NG.rule, Node.ANY);
            while (rules.hasNext()) {
                Node r = rules.next().getObject();
                if (r.isLiteral() && OWN_NOTE_RULES.contains(r.getLiteralLexicalForm())) return true;
            }
        }
        return false;
    }

    /** The note's tags as written ({@code ml/pruning}), sorted. */
    List<String> tags(String noteIri) {
        Node note = uri(noteIri);
        List<String> out = new ArrayList<>();
        dsg.find(Node.ANY, note, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(q -> {
            String notation = first(q.getObject(), SKOS.notation.asNode());
            if (notation != null && !out.contains(notation)) out.add(notation);
        });
        out.sort(null);
        return out;
    }

    private String first(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    private boolean has(Node s, Node p, Node o) {
        return dsg.find(Node.ANY, s, p, o).hasNext();
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
