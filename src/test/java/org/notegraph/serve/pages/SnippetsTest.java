package org.notegraph.serve.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.serve.pages.Views.Fragment;

/** The search page's snippets: which words of a Lucene search are marked, and the window cut around them. */
class SnippetsTest {
    static String render(List<Fragment> fragments) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : fragments) sb.append(f.marked() ? "[" + f.text() + "]" : f.text());
        return sb.toString();
    }

    @Test
    void marksWordsPhrasesAndPrefixesButNotExcludedWords() {
        Snippets s = Snippets.of("\"sparse networks\" +prun* -dense title:tickets NOT lottery");
        String text = "Lottery tickets: pruning finds sparse networks that train well, unlike dense ones.";
        assertThat(render(s.snippet(List.of(text), null)))
                .isEqualTo("Lottery [tickets]: [pruning] finds [sparse] [networks] that train well, unlike dense ones.");
    }

    @Test
    void wordsMatchWholeWordsWhateverTheirCase() {
        assertThat(render(Snippets.of("descent").snippet(List.of("Descent, descents and DESCENT."), null)))
                .isEqualTo("[Descent], descents and [DESCENT].");
    }

    @Test
    void aLongTextIsCutToAWindowAroundTheFirstMatch() {
        String filler = "word ".repeat(100);
        String out = render(Snippets.of("needle").snippet(List.of(filler + "a needle here " + filler), null));
        assertThat(out).startsWith("… ").endsWith(" …").contains("a [needle] here");
        assertThat(out.length()).isLessThanOrEqualTo(Snippets.WIDTH + 4);
    }

    @Test
    void theTextWithMostMatchesWinsAndTheNameShownAnywayOnlyWhenNothingElseMatches() {
        Snippets s = Snippets.of("attention");
        assertThat(render(s.snippet(List.of("Attention", "We read about attention and self-attention."), "Attention")))
                .isEqualTo("We read about [attention] and self-[attention].");
        assertThat(render(s.snippet(List.of("Attention", "nothing here"), "Attention"))).isEqualTo("[Attention]");
        assertThat(s.snippet(List.of("nothing here"), null)).isEmpty();
        assertThat(Snippets.of("-only NOT words")).isNull();
    }
}
