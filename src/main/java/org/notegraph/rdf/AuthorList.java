package org.notegraph.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/** The authors of a mention or a paper, as the note graphs and the entities graph both write them. */
final class AuthorList {
    private AuthorList() {}

    /** Authors in order as an rdf:Seq (no blank nodes), plus dcterms:creator and foaf:Person nodes. */
    static void write(Graph g, Node subject, String seqIri, List<String> names, List<String> personIris) {
        if (names.isEmpty()) return;
        Node seq = iri(seqIri);
        g.add(subject, Vocab.Bibo.authorList, seq);
        g.add(seq, RDF.type.asNode(), RDF.Seq.asNode());
        for (int i = 0; i < names.size(); i++) {
            Node person = iri(personIris.get(i));
            g.add(seq, RDF.li(i + 1).asNode(), person);
            g.add(subject, DCTerms.creator.asNode(), person);
            g.add(person, RDF.type.asNode(), FOAF.Person.asNode());
            g.add(person, FOAF.name.asNode(), text(names.get(i)));
        }
    }
}
