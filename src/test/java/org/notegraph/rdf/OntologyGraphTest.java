package org.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class OntologyGraphTest {

    private static Set<String> lines(Graph g) {
        Set<String> s = new TreeSet<>();
        g.find().forEachRemaining(t -> s.add(NodeFmtLib.str(t)));
        return s;
    }

    @Test
    void ontologyGraphHasNoBlankNodesAndIsTheSameOnEveryLoad() {
        Graph a = OntologyGraph.of();
        Graph b = OntologyGraph.of();
        assertThat(a.size()).isGreaterThan(100);
        assertThat(a.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        assertThat(lines(b)).isEqualTo(lines(a));
        assertThat(a.contains(NodeFactory.createURI("https://w3id.org/notegraph#Paper"), RDF.type.asNode(), OWL.Class.asNode()))
                .isTrue();
    }

    @Test
    void skolemisingKeepsTheStructureAndNamesBlankNodesByContent() {
        String ttl = """
                @prefix ex: <http://example.org/> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                ex:p ex:domain [ a owl:Class ; owl:unionOf ( ex:A ex:B ) ] .
                ex:q ex:domain [ a owl:Class ; owl:unionOf ( ex:A ex:C ) ] .
                ex:r ex:domain [ a owl:Class ; owl:unionOf ( ex:A ex:B ) ] .
                """;
        Graph parsed = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        Graph once = OntologyGraph.skolemise(parsed);
        Graph again = OntologyGraph.skolemise(RDFParser.fromString(ttl, Lang.TURTLE).toGraph());

        assertThat(once.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        assertThat(lines(again)).isEqualTo(lines(once));
        Node p = NodeFactory.createURI("http://example.org/p");
        Node q = NodeFactory.createURI("http://example.org/q");
        Node r = NodeFactory.createURI("http://example.org/r");
        Node domain = NodeFactory.createURI("http://example.org/domain");
        Node dp = once.find(p, domain, Node.ANY).next().getObject();
        Node dq = once.find(q, domain, Node.ANY).next().getObject();
        Node dr = once.find(r, domain, Node.ANY).next().getObject();
        assertThat(dp.getURI()).startsWith(OntologyGraph.ONTOLOGY_GENID);
        assertThat(dp).as("the same class expression gets the same IRI").isEqualTo(dr).isNotEqualTo(dq);
        // the list is still a list: ( ex:A ex:B )
        Node list = once.find(dp, OWL.unionOf.asNode(), Node.ANY).next().getObject();
        assertThat(once.find(list, RDF.first.asNode(), Node.ANY).next().getObject().getURI()).isEqualTo("http://example.org/A");
        Node rest = once.find(list, RDF.rest.asNode(), Node.ANY).next().getObject();
        assertThat(once.find(rest, RDF.first.asNode(), Node.ANY).next().getObject().getURI()).isEqualTo("http://example.org/B");
        assertThat(once.contains(rest, RDF.rest.asNode(), RDF.nil.asNode())).isTrue();
        List<Triple> iriOnly = parsed.find().filterKeep(t -> !t.getSubject().isBlank() && !t.getObject().isBlank()).toList();
        assertThat(iriOnly).allMatch(once::contains);
    }
}
