package org.notegraph.serve;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.rdf.NG;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * A store on which every notegraph page's own queries run far past a small time limit, written
 * straight into a fresh store (no notes): one paper without title or year, mentioned by
 * {@link #HEAVY} mentions and the object of as many relation statements, each with {@link #K}
 * lines, end lines, titles, bodies and evidence quotes, so that the pages' joins over them
 * multiply (K<sup>4</sup> rows per mention on the paper's page, K<sup>2</sup> per search hit: minutes
 * each); {@link #HEAVY} claims without evidence, each in every heavy note with K labels and K lines,
 * so that the gap query has (HEAVY·K)<sup>2</sup> rows to pass (a single costly row is not enough:
 * Jena looks at the limit between rows); and {@link #LIGHT} plain mentions with
 * authors, so the home page's counts have hundreds of thousands of rows to count.
 */
final class ExpensiveStore {
    static final String BASE = TestStores.BASE;
    static final String PAPER = BASE + "paper/arxiv/0000.00001";
    /** A word every heavy mention's title and body contain. */
    static final String WORD = "zyxquux";
    static final int HEAVY = 30;
    static final int K = 40;
    static final int LIGHT = 100_000;

    private ExpensiveStore() {}

    /** Builds the store in {@code dir/db} and returns its folder, released for another opener. */
    static Path build(Path dir) {
        Path db = dir.resolve("db");
        NoteStore store = Stores.open(db);
        try {
            DatasetGraph dsg = store.datasetGraph();
            Node g = uri(BASE + "graph/entities");
            Node paper = uri(PAPER);
            Txn.executeWrite(dsg, () -> {
                dsg.add(g, paper, RDF.type.asNode(), NG.Paper);
                dsg.add(g, paper, NG.mentionCount, integer(HEAVY));
                for (int i = 0; i < HEAVY; i++) {
                    Node note = uri(BASE + "note/gen/" + i + ".md");
                    dsg.add(g, note, RDF.type.asNode(), NG.Note);
                    dsg.add(g, note, NG.path, NodeFactory.createLiteralString("gen/" + i + ".md"));
                    Node m = uri(BASE + "note/gen/" + i + ".md/mention/1-1");
                    Node st = uri(BASE + "note/gen/" + i + ".md/relation/1-1");
                    dsg.add(g, m, RDF.type.asNode(), NG.PaperMention);
                    dsg.add(g, m, NG.inNote, note);
                    dsg.add(g, m, uri("http://www.w3.org/ns/oa#hasBody"), paper);
                    dsg.add(g, st, RDF.type.asNode(), NG.RelationStatement);
                    dsg.add(g, st, NG.relation, uri(NG.NS + "uses"));
                    dsg.add(g, st, NG.object, paper);
                    dsg.add(g, st, NG.subject, uri(BASE + "concept/gen-" + i));
                    dsg.add(g, st, NG.inNote, note);
                    for (int k = 1; k <= K; k++) {
                        for (Node x : new Node[] {m, st}) {
                            dsg.add(g, x, NG.line, integer(k));
                            dsg.add(g, x, NG.endLine, integer(k + 1));
                        }
                        dsg.add(g, m, NG.titleAsWritten, NodeFactory.createLiteralString(WORD + " title " + i + " " + k));
                        dsg.add(g, m, NG.body, NodeFactory.createLiteralString(WORD + " body " + i + " " + k));
                        dsg.add(g, st, NG.evidence, NodeFactory.createLiteralString("quote " + i + " " + k));
                        dsg.add(g, st, NG.confidence, NodeFactory.createLiteral("0." + k, XSDDatatype.XSDdecimal));
                    }
                }
                // claims with no evidence, each with K labels and K lines and in every heavy note: the gap
                // query's claim rows multiply to HEAVY·K·K·HEAVY, each passing the iterators that check the limit
                for (int c = 0; c < HEAVY; c++) {
                    Node claim = uri(BASE + "note/gen/" + c + ".md/claim/1");
                    dsg.add(g, claim, RDF.type.asNode(), NG.Claim);
                    for (int n = 0; n < HEAVY; n++) dsg.add(g, claim, NG.inNote, uri(BASE + "note/gen/" + n + ".md"));
                    for (int k = 1; k <= K; k++) {
                        dsg.add(g, claim, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("claim " + c + " " + k));
                        dsg.add(g, claim, NG.line, integer(k));
                    }
                }
            });
        } finally {
            store.release();
        }
        // The plain mentions hold no indexed text: written to TDB2 itself, past the text index, which is faster.
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Node g = uri(BASE + "graph/entities");
        Txn.executeWrite(tdb, () -> {
            for (int i = 0; i < LIGHT; i++) {
                Node m = uri(BASE + "note/gen/light.md/mention/" + i);
                Node person = uri(BASE + "person/generated-" + (i % 1000));
                tdb.add(g, m, RDF.type.asNode(), NG.PaperMention);
                tdb.add(g, m, DCTerms.creator.asNode(), person);
            }
        });
        TDBInternal.expel(tdb);
        return db;
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node integer(int n) { return NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger); }
}
