package org.notegraph.serve.pages;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.model.Relation;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.EvidenceListView;

/** The list behind one of a paper's evidence counts ({@code /evidence?iri=PAPER&relation=supports&direction=in}). */
final class EvidencePage {
    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;
    private final PrefixMapping prefixes;

    EvidencePage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    /** The statements, or nothing when the IRI is no paper. */
    Optional<EvidenceListView> list(String iri, Relation relation, boolean in) {
        Node paper = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.find(Node.ANY, paper, RDF.type.asNode(), NG.Paper).hasNext()) return Optional.empty();
            Labels labels = new Labels(dsg, site, prefixes);
            EvidenceStatements statements = new EvidenceStatements(queries, site, labels::link);
            return Optional.of(new EvidenceListView(labels.link(paper), EvidenceStatements.label(relation, in),
                    statements.list(paper, relation, in), statements.counts(paper)));
        });
    }
}
