package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegraph.notes.ParsedNote;
import org.notegraph.testing.TestNotes;

class AuthorLineTest {
    private static final VenueRules VENUES = VenueRules.defaults();

    private static Optional<AuthorLine.Parsed> parseLine(String line) {
        ParsedNote note = TestNotes.parse(line + "\n");
        Paragraph p = (Paragraph) note.document().getFirstChild();
        return AuthorLine.parse(p, VENUES);
    }

    @Test
    void readsCommaSeparatedNamesAndTheItalicVenue() {
        AuthorLine.Parsed a = parseLine("Chiyuan Zhang, Samy Bengio, Yoram Singer. *ICML 2019 Workshop*").orElseThrow();

        assertThat(a.authors()).containsExactly("Chiyuan Zhang", "Samy Bengio", "Yoram Singer");
        assertThat(a.venue()).isEqualTo(new Venue("ICML 2019 Workshop", "ICML", 2019));
    }

    @Test
    void readsNamesWithInitialsDiacriticsAndParticles() {
        AuthorLine.Parsed a = parseLine("J. Zico Kolter, Aleksander Mądry, Ludwig van Beethoven and Ryan J. Tibshirani").orElseThrow();

        assertThat(a.authors()).containsExactly("J. Zico Kolter", "Aleksander Mądry", "Ludwig van Beethoven", "Ryan J. Tibshirani");
        assertThat(a.venue()).isNull();
    }

    @Test
    void readsAVenueInBoldToo() {
        assertThat(parseLine("Dan Hendrycks, Thomas Dietterich. **ICLR 2019**").orElseThrow().venue())
                .isEqualTo(new Venue("ICLR 2019", "ICLR", 2019));
    }

    @Test
    void readsNoVenueFromEmptyEmphasisMarkup() {
        AuthorLine.Parsed a = parseLine("Jeremy Cohen, Elan Rosenfeld, J. Zico Kolter. **").orElseThrow();

        assertThat(a.authors()).containsExactly("Jeremy Cohen", "Elan Rosenfeld", "J. Zico Kolter");
        assertThat(a.venue()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Digest: The test error peaks where the model can just fit the training data.",
            "only a few layers are critical", "We liked it, a lot", "Code, data and more"})
    void refusesLinesThatAreNotAuthorLists(String line) {
        assertThat(parseLine(line)).as(line).isEmpty();
    }

    @Test
    void findsTheAuthorLineAsTheFirstNestedItemWithItsLine() {
        ParsedNote note = TestNotes.parse("""
                - Title. [[paper]](https://arxiv.org/abs/1912.02292)
                  - Preetum Nakkiran, Gal Kaplun. *ICLR 2020*
                  - Digest: something.
                """);
        ListItem item = (ListItem) note.document().getFirstChild().getFirstChild();

        AuthorLine.Parsed a = AuthorLine.of(item, VENUES, note.lines()::lineOf).orElseThrow();

        assertThat(a.authors()).containsExactly("Preetum Nakkiran", "Gal Kaplun");
        assertThat(a.line()).isEqualTo(2);
    }

    @Test
    void findsNoAuthorLineInAnItemWithoutNestedList() {
        ParsedNote note = TestNotes.parse("- Title. [[paper]](https://arxiv.org/abs/1912.02292)\n");
        Node item = note.document().getFirstChild().getFirstChild();

        assertThat(AuthorLine.of((ListItem) item, VENUES, note.lines()::lineOf)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Preetum Nakkiran", "J. Zico Kolter", "Aleksander Mądry", "Yann LeCun", "Shwartz-Ziv", "Hugo de Garis"})
    void acceptsNames(String name) {
        assertThat(AuthorLine.isName(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the model", "A", "Exact risk asymptotics", "one two three four five six seven", "x2 Net"})
    void refusesNonNames(String name) {
        assertThat(AuthorLine.isName(name)).as(name).isFalse();
    }
}
