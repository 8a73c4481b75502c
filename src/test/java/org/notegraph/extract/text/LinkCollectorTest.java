package org.notegraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vladsch.flexmark.ast.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.notegraph.notes.ParsedNote;
import org.notegraph.testing.TestNotes;

class LinkCollectorTest {
    private static List<LinkOccurrence> collect(String markdown) {
        return LinkCollector.collect(TestNotes.parse(markdown).document());
    }

    @Test
    void findsEveryKindOfLinkInDocumentOrder() {
        String md = """
                A [markdown](https://a.example/1) link, a [reference][r], an <https://b.example/2> autolink,
                a bare https://c.example/3 URL and <a href="https://d.example/4">an anchor</a>.

                <p>Block <a href='https://e.example/5'>anchor &amp; more</a></p>

                [r]: https://r.example/ref
                """;

        List<LinkOccurrence> links = collect(md);

        assertThat(links).extracting(LinkOccurrence::url, LinkOccurrence::text, LinkOccurrence::form).containsExactly(
                tuple("https://a.example/1", "markdown", LinkForm.MARKDOWN),
                tuple("https://r.example/ref", "reference", LinkForm.REFERENCE),
                tuple("https://b.example/2", "https://b.example/2", LinkForm.AUTOLINK),
                tuple("https://c.example/3", "https://c.example/3", LinkForm.BARE_URL),
                tuple("https://d.example/4", "an anchor", LinkForm.HTML_ANCHOR),
                tuple("https://e.example/5", "anchor & more", LinkForm.HTML_ANCHOR));
    }

    @Test
    void recordsTheSourceOffsetsOfALink() {
        String md = "Intro [Title](https://arxiv.org/abs/1706.03762) outro\n";

        LinkOccurrence link = collect(md).get(0);

        assertThat(md.substring(link.start(), link.end())).isEqualTo("[Title](https://arxiv.org/abs/1706.03762)");
    }

    @Test
    void recordsTheSourceOffsetsOfABareUrlAndAnAnchor() {
        String md = "See https://arxiv.org/abs/1706.03762.\n\n<div><a href=\"https://x.example/\">X</a></div>\n";

        List<LinkOccurrence> links = collect(md);

        assertThat(md.substring(links.get(0).start(), links.get(0).end())).isEqualTo("https://arxiv.org/abs/1706.03762");
        assertThat(md.substring(links.get(1).start(), links.get(1).end())).isEqualTo("<a href=\"https://x.example/\">X</a>");
    }

    @Test
    void ignoresLinksInInlineCode() {
        assertThat(collect("Not a link: `[Adam](https://arxiv.org/abs/1412.6980)` nor `https://arxiv.org/abs/1502.03167`.\n")).isEmpty();
    }

    @Test
    void ignoresLinksInFencedCodeBlocks() {
        assertThat(collect("```\n[A](https://arxiv.org/abs/1512.03385)\nhttps://arxiv.org/abs/2002.05709\n```\n\n~~~md\n<https://x.example>\n~~~\n")).isEmpty();
    }

    @Test
    void ignoresLinksInIndentedCodeBlocks() {
        assertThat(collect("Text.\n\n    [Indented](https://openreview.net/forum?id=Sy8gdB9xx)\n")).isEmpty();
    }

    @Test
    void ignoresImagesAndImageReferences() {
        assertThat(collect("![fig](https://arxiv.org/html/1706.03762v7/x1.png) ![ref][i]\n\n[i]: https://arxiv.org/abs/1706.03762\n")).isEmpty();
    }

    @Test
    void ignoresHtmlCommentsAndImgTags() {
        assertThat(collect("<!-- [Commented](https://arxiv.org/abs/1406.2661) -->\n\n<img src=\"https://x.example/f.png\">\n")).isEmpty();
    }

    @Test
    void takesALinkAroundAnImageAsOneLink() {
        List<LinkOccurrence> links = collect("[![build](https://img.shields.io/badge/x.svg)](https://github.com/a/b)\n");

        assertThat(links).extracting(LinkOccurrence::url).containsExactly("https://github.com/a/b");
    }

    @Test
    void doesNotTakeALinkDefinitionForALink() {
        assertThat(collect("[unused]: https://arxiv.org/abs/1706.03762\n")).isEmpty();
    }

    @Test
    void takesAnUndefinedReferenceAsText() {
        assertThat(collect("[not defined][nowhere] and [[wikilink]]\n")).isEmpty();
    }

    @Test
    void collapsesALinkTextThatRunsOverTwoLines() {
        assertThat(collect("[Understanding deep learning requires\n  rethinking generalization](https://x.example)\n").get(0).text())
                .isEqualTo("Understanding deep learning requires rethinking generalization");
    }

    @Test
    void findsLinksInTablesAndDeepStructures() {
        String md = "| a | b |\n|---|---|\n| [T](https://t.example) | x |\n\n> - > [Q](https://q.example)\n";

        assertThat(collect(md)).extracting(LinkOccurrence::url).containsExactly("https://t.example", "https://q.example");
    }

    @Test
    void findsALinkUnderTenThousandNestedBlockQuotes() {
        String md = ">".repeat(10_000) + " [Deep](https://arxiv.org/abs/1706.03762)\n";

        assertThat(collect(md)).extracting(LinkOccurrence::url).containsExactly("https://arxiv.org/abs/1706.03762");
    }

    @ParameterizedTest
    @CsvSource({
            "https://arxiv.org/abs/1706.03762., https://arxiv.org/abs/1706.03762",
            "'https://arxiv.org/abs/1706.03762),', https://arxiv.org/abs/1706.03762",
            "https://en.wikipedia.org/wiki/Foo_(bar), https://en.wikipedia.org/wiki/Foo_(bar)",
            "https://en.wikipedia.org/wiki/Foo_(bar)), https://en.wikipedia.org/wiki/Foo_(bar)",
            "https://x.example/a*_, https://x.example/a",
            "https://x.example/?q=1!?, https://x.example/?q=1",
    })
    void trimsTrailingPunctuationFromBareUrls(String url, String expected) {
        assertThat(LinkCollector.trimTrailingPunctuation(url)).isEqualTo(expected);
    }

    @Test
    void findsABareUrlInParentheses() {
        assertThat(collect("(see https://arxiv.org/abs/1706.03762).\n")).extracting(LinkOccurrence::url)
                .containsExactly("https://arxiv.org/abs/1706.03762");
    }

    @Test
    void readsHeadingTextWithoutImageAltText() {
        ParsedNote note = TestNotes.parse("# Awesome List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![b](x.png)\n");
        Heading h = (Heading) note.document().getFirstChild();

        assertThat(LinkCollector.headingText(h)).isEqualTo("Awesome List");
    }

    @Test
    void readsHeadingTextWithLinksAndEmphasis() {
        ParsedNote note = TestNotes.parse("## Notes on [ProxylessNAS](https://x.example) and *latency*\n");
        Heading h = (Heading) note.document().getFirstChild();

        assertThat(LinkCollector.headingText(h)).isEqualTo("Notes on ProxylessNAS and latency");
    }
}
