package org.notegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.testing.TestNotes;

class NoteExtractorTest {
    @Test
    void takesTheTitleFromFrontMatterFirst() {
        ExtractedNote note = TestNotes.markdown("---\ntitle: From front matter\n---\n# From heading\n");

        assertThat(note.title()).isEqualTo("From front matter");
    }

    @Test
    void takesTheTitleFromTheFirstHeadingOtherwise() {
        assertThat(TestNotes.markdown("Intro text.\n\n## Second level first\n\n# Then H1\n").title()).isEqualTo("Second level first");
    }

    @Test
    void hasNoTitleWithoutFrontMatterTitleOrHeading() {
        assertThat(TestNotes.markdown("Just text.\n").title()).isNull();
    }

    @Test
    void takesNoTitleFromAHeadingNestedInAList() {
        assertThat(TestNotes.markdown("- # Heading in a list\n").title()).isNull();
    }

    @Test
    void readsDateAndTagsWithCategories() {
        ExtractedNote note = TestNotes.markdown("---\ndate: 2024-02-03\ntags: [a, b]\ncategories: nas\n---\n");

        assertThat(note.date()).isEqualTo("2024-02-03");
        assertThat(note.tags()).containsExactly("a", "b", "nas");
    }

    @Test
    void recordsPathHashAndLineCount() {
        ExtractedNote note = TestNotes.markdown("# T\n\ntext\n");

        assertThat(note.path()).isEqualTo("note.md");
        assertThat(note.sha256()).isEqualTo("0".repeat(64));
        assertThat(note.lineCount()).isEqualTo(3);
    }

    @Test
    void returnsTheMentionsOfThePaperExtractor() {
        ExtractedNote note = TestNotes.markdown("- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");

        assertThat(note.papers()).extracting(PaperMention::title).containsExactly("Attention Is All You Need");
    }

    @Test
    void returnsImmutableLists() {
        ExtractedNote note = TestNotes.markdown("---\ntags: [a]\n---\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> note.papers().clear()).isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> note.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
