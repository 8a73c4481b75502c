package org.notegraph.enrich;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.identity.IriMinter;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Vocab;

/**
 * The enrichment graph: per paper and source, one record ({@code <paper>/enriched/<source>}, an
 * {@code ng:Enrichment} and {@code prov:Entity}) holding the fields taken from that source, with
 * {@code prov:wasDerivedFrom} the request URL and {@code prov:generatedAtTime} the retrieval time, so
 * every enriched statement names its source and date; the paper points to it by {@code ng:enrichedBy}.
 * Nothing is said of the paper itself: the notes' title, authors, venue and year stay the only ones.
 */
final class EnrichmentGraph {
    private final IriMinter minter;
    private final Graph graph = GraphFactory.createGraphMem();

    EnrichmentGraph(IriMinter minter) { this.minter = minter; }

    Graph graph() { return graph; }

    void add(String paperIri, Answer answer, Work taken) {
        Node paper = iri(paperIri);
        String recordIri = paperIri + "/enriched/" + answer.source();
        Node record = iri(recordIri);
        graph.add(paper, NG.enrichedBy, record);
        graph.add(record, RDF.type.asNode(), NG.Enrichment);
        graph.add(record, RDF.type.asNode(), Vocab.Prov.Entity);
        graph.add(record, NG.enrichmentSource, NodeFactory.createLiteralString(answer.source()));
        graph.add(record, Vocab.Prov.wasDerivedFrom, iri(answer.url()));
        Instant at = answer.retrieved().truncatedTo(ChronoUnit.SECONDS);
        graph.add(record, Vocab.Prov.generatedAtTime, NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime));
        if (taken.title() != null) graph.add(record, DCTerms.title.asNode(), NodeFactory.createLiteralString(taken.title()));
        if (taken.venue() != null) graph.add(record, NG.venueName, NodeFactory.createLiteralString(taken.venue()));
        if (taken.year() != null) {
            graph.add(record, Vocab.Fabio.hasPublicationYear,
                    NodeFactory.createLiteralDT(String.format("%04d", taken.year()), XSDDatatype.XSDgYear));
        }
        List<String> authors = taken.authors();
        if (!authors.isEmpty()) {
            Node seq = iri(recordIri + "/authors");
            graph.add(record, Vocab.Bibo.authorList, seq);
            graph.add(seq, RDF.type.asNode(), RDF.Seq.asNode());
            for (int i = 0; i < authors.size(); i++) {
                Node person = iri(minter.person(authors.get(i)));
                graph.add(seq, RDF.li(i + 1).asNode(), person);
                graph.add(person, RDF.type.asNode(), FOAF.Person.asNode());
                graph.add(person, FOAF.name.asNode(), NodeFactory.createLiteralString(authors.get(i)));
            }
        }
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }
}
