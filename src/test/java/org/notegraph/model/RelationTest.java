package org.notegraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Each relation constant has its property in the ontology (with its CiTO super-property) and in the shapes. */
class RelationTest {
    private static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/notegraph.ttl");
    private static final Graph SHAPES = RDFDataMgr.loadGraph("shapes/notegraph.ttl");

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    @Test
    void everyRelationIsAnOntologyPropertyWithItsLabelAndCitoSuperProperty() {
        for (Relation r : Relation.values()) {
            Node p = iri(r.iri());
            assertThat(ONTOLOGY.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode())).as(r.iri()).isTrue();
            assertThat(ONTOLOGY.find(p, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                    .as(r.iri()).containsExactly(r.label());
            Set<String> cito = new TreeSet<>();
            ONTOLOGY.find(p, RDFS.subPropertyOf.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
                if (t.getObject().getURI().startsWith(Namespaces.CITO)) cito.add(t.getObject().getURI());
            });
            assertThat(cito).as(r.iri()).isEqualTo(r.citoSuperProperty().map(Set::of).orElse(Set.of()));
        }
    }

    @Test
    void theShapesAllowExactlyTheRelations() {
        List<Node> allowed = SHAPES.find(Node.ANY, iri("http://www.w3.org/ns/shacl#path"), iri(Namespaces.NOTEGRAPH + "relation"))
                .mapWith(Triple::getSubject)
                .mapWith(shape -> SHAPES.find(shape, iri("http://www.w3.org/ns/shacl#in"), Node.ANY).next().getObject())
                .mapWith(list -> GraphList.members(new GNode(SHAPES, list))).next();
        assertThat(allowed).containsExactlyElementsOf(Arrays.stream(Relation.values()).map(r -> iri(r.iri())).toList());
    }

    @Test
    void namesAndIrisFindTheirRelation() {
        for (Relation r : Relation.values()) {
            assertThat(Relation.named(r.label())).contains(r);
            assertThat(Relation.ofIri(r.iri())).contains(r);
            assertThat(r.toString()).isEqualTo(r.label());
        }
        assertThat(Relation.named("Extends")).isEmpty();
        assertThat(Relation.ofIri(Namespaces.CITO + "extends")).isEmpty();
        assertThat(Relation.EXTENDS.inverseLabel()).isEqualTo("extended by");
    }
}
