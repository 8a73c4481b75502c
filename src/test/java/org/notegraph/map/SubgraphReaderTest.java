package org.notegraph.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * How the map's subgraph is chosen, over the map vault: the walk's depth, notes as stops (reached,
 * not walked on from, unless the focus), the notes where drawn statements were made, ghosts (papers
 * with no note of their own, dangling wikilinks), the relation filter, the node limit, and the
 * focus resolved from words.
 */
class SubgraphReaderTest {
    static final String BASE = "https://notegraph.example/";
    static final String SPARSE_GATES = BASE + "paper/arxiv/2311.00101";
    static final String QUIET = BASE + "paper/arxiv/2310.00202";
    static final String LOUD = BASE + "paper/arxiv/2309.00303";
    static final String SEMINAR = BASE + "note/seminar.md";

    @TempDir static Path tmp;
    static NoteStore store;
    static SubgraphReader reader;

    @BeforeAll
    static void build() {
        Fixtures.build(tmp.resolve("db"), Path.of("src/test/resources/map-vault"));
        store = Stores.openExisting(tmp.resolve("db"));
        reader = new SubgraphReader(store.datasetGraph());
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    private static List<String> ids(Subgraph g) {
        return g.nodes().stream().map(MapNode::id).toList();
    }

    private static MapNode node(Subgraph g, String id) {
        return g.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void depthZeroIsTheFocusAloneAndDepthOneItsNeighbours() {
        Subgraph zero = reader.read(MapRequest.around(SPARSE_GATES, 0));
        assertThat(ids(zero)).containsExactly(SPARSE_GATES);
        assertThat(zero.edges()).isEmpty();
        Subgraph one = reader.read(MapRequest.around(SPARSE_GATES, 1));
        assertThat(ids(one).get(0)).isEqualTo(SPARSE_GATES);
        assertThat(ids(one)).contains(QUIET, BASE + "note/papers/Sparse%20Gates.md", SEMINAR);
        MapEdge extendsEdge = one.edges().stream().filter(e -> e.relation().equals("extends") && e.source().equals(SPARSE_GATES)).findFirst().orElseThrow();
        assertThat(extendsEdge.target()).isEqualTo(QUIET);
        assertThat(extendsEdge.where()).isEqualTo("seminar.md:5");
        assertThat(extendsEdge.quote()).contains("builds on");
        assertThat(one.tagsOf(extendsEdge)).containsExactly("routing/sparse");
        // the seminar note was the statement's place, depth -1, not a bridge to what else it mentions
        assertThat(node(one, SEMINAR).depth()).isEqualTo(-1);
        assertThat(ids(one)).doesNotContain(LOUD);
    }

    @Test
    void aNoteIsWalkedOnFromOnlyWhenItIsTheFocus() {
        Subgraph fromPaper = reader.read(MapRequest.around(QUIET, 3));
        assertThat(ids(fromPaper)).doesNotContain(LOUD);
        Subgraph fromNote = reader.read(MapRequest.around(SEMINAR, 1));
        assertThat(ids(fromNote)).contains(LOUD, BASE + "paper/arxiv/2308.00404", EdgeTable.UNRESOLVED + "unwritten survey");
        MapNode dangling = node(fromNote, EdgeTable.UNRESOLVED + "unwritten survey");
        assertThat(dangling.ghost()).isTrue();
        assertThat(dangling.kind()).isEqualTo("unresolved");
        assertThat(node(fromNote, SEMINAR).tags()).containsExactly("routing/sparse");
    }

    @Test
    void ghostsArePapersWithNoNoteOfTheirOwn() {
        Subgraph whole = reader.read(MapRequest.whole());
        assertThat(node(whole, LOUD).ghost()).isTrue();
        assertThat(node(whole, SPARSE_GATES).ghost()).isFalse();
        assertThat(node(whole, QUIET).ghost()).isFalse();
        assertThat(whole.nodes()).allMatch(n -> n.ghost() == (n.kind().equals("unresolved") || n.kind().equals("cited")
                || (n.kind().equals("paper") && !List.of(SPARSE_GATES, QUIET).contains(n.id()))));
    }

    @Test
    void theRelationFilterAndTheNodeLimit() {
        Subgraph only = reader.read(new MapRequest(SPARSE_GATES, 3, Set.of("extends"), 100));
        assertThat(only.edges()).isNotEmpty().allMatch(e -> e.relation().equals("extends"));
        assertThat(only.nodes()).noneMatch(n -> n.kind().equals("note"));
        Subgraph cut = reader.read(new MapRequest(null, 2, Set.of(), 3));
        assertThat(cut.nodes()).hasSize(3);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.edges()).allMatch(e -> ids(cut).contains(e.source()) && ids(cut).contains(e.target()));
        assertThatThrownBy(() -> reader.read(MapRequest.around(BASE + "paper/arxiv/0000.00000", 1))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void wordsResolveToTheExactLabelFirst() {
        FocusResolver resolver = new FocusResolver(store.datasetGraph());
        assertThat(resolver.resolve("Quiet attention heads").get(0).iri()).isEqualTo(QUIET);
        assertThat(resolver.resolve("grokking").get(0).iri()).isEqualTo("https://w3id.org/notegraph/vocab/grokking");
        assertThat(resolver.resolve(SEMINAR)).containsExactly(new FocusResolver.Candidate(SEMINAR, SEMINAR));
        assertThat(resolver.resolve("no such words here")).isEmpty();
    }
}
