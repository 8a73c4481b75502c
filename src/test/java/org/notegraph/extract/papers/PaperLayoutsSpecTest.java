package org.notegraph.extract.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.notegraph.testing.TestNotes;

/**
 * Runs the layout spec {@code layouts/paper-layouts.md}: every case's note through the paper
 * extractor, its mentions compared with the case's expected rows (line, title, authors as written,
 * venue without its year, year, identifiers).
 */
class PaperLayoutsSpecTest {
    private static final Path SPEC = Path.of("src/test/resources/layouts/paper-layouts.md");
    private static final Pattern CASE = Pattern.compile(
            "(?ms)^## (.+?)\\n.*?^```note\\n(.*?)^```\\n.*?^```expect\\n(.*?)^```\\n");
    private static final PaperExtractor EXTRACTOR = PaperExtractor.defaults();

    record Case(String name, String note, List<String> expected) {
        @Override public String toString() { return name; }
    }

    static Stream<Arguments> cases() throws IOException {
        String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        Matcher m = CASE.matcher(spec);
        while (m.find()) {
            List<String> rows = m.group(3).lines().filter(l -> !l.isBlank()).toList();
            out.add(Arguments.of(new Case(m.group(1).strip(), m.group(2), rows)));
        }
        return out.stream();
    }

    @Test
    void theSpecCoversEveryLayout() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseGivesItsMentions(Case c) {
        List<String> actual = EXTRACTOR.extract(TestNotes.parse(c.note())).stream().map(PaperLayoutsSpecTest::row).toList();
        assertThat(actual).as(c.name()).containsExactlyElementsOf(c.expected());
    }

    static String row(PaperMention m) {
        String venue = m.venue() == null || m.venue().label() == null ? "-"
                : m.venue().label().replaceAll("\\s*'?\\b(19|20)?\\d{2}\\b\\s*", " ").replaceAll("\\s+", " ").strip();
        if (venue.isEmpty()) venue = "-";
        return String.join("\t", String.valueOf(m.span().line()), dash(m.title()),
                dash(m.authorsAsWritten()), venue, m.year() == null ? "-" : m.year().toString(),
                m.ids().keys().isEmpty() ? "-" : String.join(" ", m.ids().keys()));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
