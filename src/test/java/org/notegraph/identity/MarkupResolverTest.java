package org.notegraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.diag.Diagnostic;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.testing.Fixtures;

/** Wikilinks resolve to notes by alias, path and title first, then papers and concepts; the rest dangle with a warning. */
class MarkupResolverTest {
    private static final String B = "https://notegraph.example/";
    private static final List<ExtractedNote> VAULT = Fixtures.extractFolder(Path.of("src/test/resources/markup-vault"));

    private static Resolution resolve(List<ExtractedNote> notes) {
        return new IdentityResolver(new IriMinter(B), ConceptVocabulary.bundled()).resolve(notes);
    }

    private static ResolvedNote note(Resolution r, String path) {
        return r.notes().stream().filter(n -> n.note().path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void linksResolveByAliasPathAndHeadingToTheNoteAndTheRestDangle() {
        Resolution r = resolve(VAULT);
        String lottery = B + "note/papers/Lottery%20Tickets.md";
        String week = B + "note/week-3.md";
        assertThat(note(r, "week-3.md").markup().links())
                .extracting(l -> l.link().target(), ResolvedMarkup.Link::targetIri, ResolvedMarkup.Link::target)
                .containsExactly(
                        tuple("LTH", lottery, ResolvedMarkup.Target.NOTE),
                        tuple("papers/Lottery Tickets", lottery, ResolvedMarkup.Target.NOTE),
                        tuple("Pruning Before Training", null, ResolvedMarkup.Target.DANGLING),
                        tuple("week3-plot.png", null, ResolvedMarkup.Target.ATTACHMENT),
                        tuple("", week, ResolvedMarkup.Target.NOTE));
        assertThat(r.diagnostics()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::severity)
                .containsExactly(tuple("week-3.md", 4, Diagnostic.Severity.WARNING));
        assertThat(r.diagnostics().get(0).message()).contains("[[Pruning Before Training]]");
    }

    @Test
    void aLinkByTitleReachesTheNoteAndOneByAPaperTitleOrVocabularyLabelReachesThose() {
        ExtractedNote other = Fixtures.extractText("other.md", "# Other\n\nSee [[Winning Subnetworks in Random Initialisations]], "
                + "[[A Paper Only Cited Here]] and [[Adam]].\n\n- [A Paper Only Cited Here](https://arxiv.org/abs/2001.01234)\n");
        List<ExtractedNote> notes = new java.util.ArrayList<>(VAULT);
        notes.add(other);
        ResolvedNote n = note(resolve(notes), "other.md");
        assertThat(n.markup().links()).extracting(ResolvedMarkup.Link::target).containsExactly(
                ResolvedMarkup.Target.NOTE, ResolvedMarkup.Target.PAPER, ResolvedMarkup.Target.CONCEPT);
        assertThat(n.markup().links().get(0).targetIri()).isEqualTo(B + "note/papers/Lottery%20Tickets.md");
        assertThat(n.markup().links().get(1).targetIri()).isEqualTo(B + "paper/arxiv/2001.01234");
    }

    @Test
    void nestedTagsBecomeAHierarchyOncePerNote() {
        ResolvedMarkup m = note(resolve(VAULT), "papers/Lottery Tickets.md").markup();
        assertThat(m.noteTags()).containsExactly(B + "tag/pruning", B + "tag/sparsity/unstructured", B + "tag/to-revisit");
        assertThat(m.tags()).extracting(ResolvedMarkup.Tag::path, ResolvedMarkup.Tag::label, ResolvedMarkup.Tag::broaderIri)
                .containsExactly(tuple("pruning", "pruning", null), tuple("sparsity", "sparsity", null),
                        tuple("sparsity/unstructured", "unstructured", B + "tag/sparsity"),
                        tuple("to-revisit", "to-revisit", null));
        assertThat(m.tagScheme()).isEqualTo(B + "tags");
    }
}
