package org.notegraph.extract.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.testing.Fixtures;

/** Tags, wikilinks, aliases and fields read from the markup vault: everything a note marks up, nothing from code. */
class MarkupReaderTest {
    private static final Path VAULT = Path.of("src/test/resources/markup-vault");

    private static NoteMarkup read(String relativePath) {
        ExtractedNote n = Fixtures.extract(VAULT.resolve(relativePath), relativePath);
        return n.markup();
    }

    @Test
    void tagsFromFrontMatterAndProseButNotFromCodeLinksOrNumbers() {
        NoteMarkup m = read("week-3.md");
        assertThat(m.tags()).extracting(NoteTag::name, NoteTag::line).containsExactly(tuple("reading-group", 4));
    }

    @Test
    void frontMatterTagsKeepTheirNestingWithoutTheHash() {
        NoteMarkup m = read("papers/Lottery Tickets.md");
        assertThat(m.tags()).extracting(NoteTag::name)
                .containsExactly("pruning", "sparsity/unstructured", "sparsity/unstructured", "to-revisit");
        assertThat(m.tags().get(1).line()).isEqualTo(10);
        assertThat(m.tags().get(1).pathKeys()).containsExactly("sparsity", "sparsity/unstructured");
    }

    @Test
    void wikilinksWithAliasHeadingAndEmbedsButNoneInCode() {
        NoteMarkup m = read("week-3.md");
        assertThat(m.links()).extracting(WikiLink::target, WikiLink::heading, WikiLink::alias, WikiLink::embed, WikiLink::line)
                .containsExactly(
                        tuple("LTH", null, "the lottery paper", false, 3),
                        tuple("papers/Lottery Tickets", "Method", null, false, 3),
                        tuple("Pruning Before Training", null, null, false, 4),
                        tuple("week3-plot.png", null, null, true, 6),
                        tuple("", "Agenda", null, false, 6));
        assertThat(m.links().get(3).toAttachment()).isTrue();
        assertThat(m.links().get(2).toAttachment()).isFalse();
        String text = "We read [[LTH|the lottery paper]]";
        WikiLink first = m.links().get(0);
        assertThat(first.end() - first.start()).isEqualTo("[[LTH|the lottery paper]]".length());
        assertThat(first.start()).isEqualTo(text.indexOf("[[") + "# Week 3: pruning at initialisation\n\n".length());
    }

    @Test
    void unknownFrontMatterKeysAndDataviewFieldsAreFieldsKnownOnesAreNot() {
        NoteMarkup m = read("papers/Lottery Tickets.md");
        assertThat(m.fields()).extracting(NoteField::key, NoteField::value, NoteField::line, NoteField::source)
                .containsExactly(
                        tuple("status", "summarised", 6, NoteField.Source.FRONT_MATTER),
                        tuple("reading-group.week", "3", 7, NoteField.Source.FRONT_MATTER),
                        tuple("reading-group.presenter", "Mira", 7, NoteField.Source.FRONT_MATTER),
                        tuple("confidence", "high", 16, NoteField.Source.DATAVIEW));
        assertThat(m.aliases()).containsExactly("Lottery Tickets", "LTH");
    }

    @Test
    void aDataviewFieldNamingARelationIsARelationNotAField() {
        ExtractedNote n = Fixtures.extractText("r.md", "# R\n\nuses:: [[Adam]]\nmood:: calm\n");
        assertThat(n.markup().fields()).extracting(NoteField::key).containsExactly("mood");
        assertThat(n.markup().links()).extracting(WikiLink::target).containsExactly("Adam");
    }

    @Test
    void bracketedLinkTextOfAnAwesomeListIsNoWikilink() {
        ExtractedNote n = Fixtures.extractText("list.md", "# List\n\n- A title [[paper]](https://arxiv.org/abs/2001.00001) [[code]][1]\n\n[1]: https://github.com/x/y\n");
        assertThat(n.markup().links()).isEmpty();
    }

    @Test
    void aFrontMatterTagOfOtherCharactersIsNoTagConceptAndSpacesBecomeHyphens() {
        ExtractedNote n = Fixtures.extractText("t.md", "---\ntags: [\"<img src=x onerror=alert(1)>\", deep learning]\n---\n# T\n");
        assertThat(n.markup().tags()).extracting(NoteTag::name).containsExactly("deep-learning");
        assertThat(n.tags()).contains("<img src=x onerror=alert(1)>");
    }
}
