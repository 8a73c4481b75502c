package org.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.identity.IdentityResolver;
import org.notegraph.identity.IriMinter;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.model.Namespaces;
import org.notegraph.testing.Fixtures;

/** One venue written three ways in three notes is one ng:Venue with exactly one rdfs:label. */
class VenueLabelTest {
    private static final Node VENUE = NodeFactory.createURI(Namespaces.DEFAULT_BASE + "venue/iclr-2020");

    private static List<ExtractedNote> notes() {
        return List.of(
                Fixtures.extractText("a.md", "# A\n\n- Deep Double Descent: Where Bigger Models and More Data Hurt. [[paper]](https://arxiv.org/abs/1912.02292)\n  - Preetum Nakkiran, Gal Kaplun. *iclr 2020*\n"),
                Fixtures.extractText("b.md", "# B\n\n- Fantastic Generalization Measures and Where to Find Them. [[paper]](https://arxiv.org/abs/1912.02178)\n  - Yiding Jiang, Behnam Neyshabur. *ICLR 2020*\n"),
                Fixtures.extractText("c.md", "# C\n\n- Some Other Paper About Learning Things Well. [[paper]](https://arxiv.org/abs/1912.00001)\n  - Ann Author, Bob Writer. *ICLR, 2020*\n"));
    }

    private static Graph union(List<ExtractedNote> notes) {
        Resolution r = new IdentityResolver(new IriMinter(null)).resolve(notes);
        Graph g = GraphFactory.createGraphMem();
        for (ResolvedNote n : r.notes()) NoteGraphMapper.map(n).find().forEachRemaining(g::add);
        EntityGraphMapper.map(r).find().forEachRemaining(g::add);
        return g;
    }

    private static List<String> labels(Graph g) {
        return g.find(VENUE, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    @Test
    void aVenueWrittenDifferentlyInSeveralNotesHasExactlyOneLabel() {
        List<ExtractedNote> notes = notes();
        assertThat(notes).allSatisfy(n -> assertThat(n.papers()).hasSize(1).allSatisfy(m -> assertThat(m.venue()).isNotNull()));
        Graph g = union(notes);

        assertThat(labels(g)).containsExactly("ICLR 2020");
        // what each note wrote stays on its mention
        assertThat(g.find(Node.ANY, NG.venueAsWritten, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactlyInAnyOrder("iclr 2020", "ICLR 2020", "ICLR, 2020");
        assertThat(g.find(Node.ANY, NG.venue, VENUE).toList()).hasSize(3);
    }

    @Test
    void theChosenVenueLabelDoesNotDependOnTheOrderOfNotes() {
        for (int seed = 0; seed < 6; seed++) {
            List<ExtractedNote> shuffled = new ArrayList<>(notes());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(labels(union(shuffled))).containsExactly("ICLR 2020");
        }
    }

    @Test
    void aVenueOnlyOneNoteNamesStillHasItsLabel() {
        Graph g = union(List.of(notes().get(0)));
        assertThat(labels(g)).containsExactly("iclr 2020");
    }
}
