package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser();

    private FrontMatterParser.Result parse(String text) {
        return parser.parse(parser.locate(text));
    }

    private FrontMatter frontMatter(String yaml) {
        FrontMatterParser.Result r = parse("---\n" + yaml + "---\nbody\n");
        assertThat(r.problem()).as("problem").isNull();
        return r.frontMatter();
    }

    // --- locating the block

    @Test
    void locatesABlockBetweenDashLines() {
        String text = "---\ntitle: x\ndate: 2024-01-02\n---\n# Body\n";

        FrontMatterParser.Block block = parser.locate(text);

        assertThat(block.yaml()).isEqualTo("title: x\ndate: 2024-01-02\n");
        assertThat(block.firstLine()).isEqualTo(1);
        assertThat(block.lastLine()).isEqualTo(4);
        assertThat(block.start()).isZero();
        assertThat(block.end()).isEqualTo(text.indexOf("# Body"));
    }

    @Test
    void acceptsDotsAsTheClosingDelimiter() {
        FrontMatterParser.Block block = parser.locate("---\ntitle: x\n...\nbody");

        assertThat(block.yaml()).isEqualTo("title: x\n");
        assertThat(block.lastLine()).isEqualTo(3);
    }

    @Test
    void locatesABlockClosedOnTheLastLineWithoutALineBreak() {
        String text = "---\ntitle: x\n---";

        FrontMatterParser.Block block = parser.locate(text);

        assertThat(block.yaml()).isEqualTo("title: x\n");
        assertThat(block.end()).isEqualTo(text.length());
    }

    @Test
    void findsNoBlockWhenTheNoteDoesNotStartWithDashes() {
        assertThat(parser.locate("# Title\n---\ntitle: x\n---\n").yaml()).isNull();
        assertThat(parser.locate("\n---\ntitle: x\n---\n").yaml()).isNull();
    }

    @Test
    void findsNoBlockForAThematicBreakOfFourDashes() {
        assertThat(parser.locate("----\ntitle: x\n----\n").yaml()).isNull();
    }

    @Test
    void findsNoBlockWhenItIsNeverClosed() {
        FrontMatterParser.Result r = parse("---\ntitle: x\n\n# Heading\n");

        assertThat(r.frontMatter().isEmpty()).isTrue();
        assertThat(r.problem()).isNull();
    }

    @Test
    void readsNothingAndReportsNothingWithoutFrontMatter() {
        FrontMatterParser.Result r = parse("# Just a note\n");

        assertThat(r.frontMatter()).isSameAs(FrontMatter.EMPTY);
        assertThat(r.problem()).isNull();
    }

    @Test
    void readsAnEmptyBlockAsEmptyFrontMatter() {
        FrontMatterParser.Result r = parse("---\n---\nbody");

        assertThat(r.problem()).isNull();
        assertThat(r.frontMatter().isEmpty()).isTrue();
        assertThat(r.frontMatter().lastLine()).isEqualTo(2);
    }

    // --- values

    @Test
    void readsTitleDateTagsAndCategories() {
        FrontMatter fm = frontMatter("""
                title: "Reading notes, week 12"
                date: 2024-03-21
                tags: [reading, theory]
                categories:
                  - ml
                """);

        assertThat(fm.title()).contains("Reading notes, week 12");
        assertThat(fm.date()).contains("2024-03-21");
        assertThat(fm.tags()).containsExactly("reading", "theory", "ml");
    }

    @Test
    void readsTagsWrittenAsOneCommaSeparatedString() {
        assertThat(frontMatter("tags: pruning, sparsity\n").tags()).containsExactly("pruning", "sparsity");
    }

    @Test
    void readsAuthorsAsABlockList() {
        FrontMatter fm = frontMatter("authors:\n  - Zhuang Liu\n  - Mingjie Sun\n");

        assertThat(fm.authors()).containsExactly("Zhuang Liu", "Mingjie Sun");
    }

    @Test
    void readsAuthorsAsAFlowList() {
        assertThat(frontMatter("authors: [Lukas Ruff, Robert Vandermeulen]\n").authors())
                .containsExactly("Lukas Ruff", "Robert Vandermeulen");
    }

    @Test
    void splitsAnAuthorsStringOnCommasAndAnd() {
        assertThat(frontMatter("authors: Ada Lovelace, Alan Turing and Grace Hopper\n").authors())
                .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
    }

    @Test
    void readsASingleAuthorKey() {
        assertThat(frontMatter("author: Fei Tony Liu and Kai Ming Ting\n").authors())
                .containsExactly("Fei Tony Liu", "Kai Ming Ting");
    }

    @Test
    void doesNotSplitTagsOnAnd() {
        assertThat(frontMatter("tags: search and rescue\n").tags()).containsExactly("search and rescue");
    }

    @Test
    void keepsAnUnquotedArxivIdAsWritten() {
        FrontMatter fm = frontMatter("arxiv: 1810.05270\nyear: 2019\nversion: 1.10\n");

        assertThat(fm.string("arxiv")).contains("1810.05270");
        assertThat(fm.string("year")).contains("2019");
        assertThat(fm.string("version")).contains("1.10");
    }

    @Test
    void keepsDatesAndBooleansAsWritten() {
        FrontMatter fm = frontMatter("date: 2024-02-03\npublished: yes\ndone: true\n");

        assertThat(fm.date()).contains("2024-02-03");
        assertThat(fm.string("published")).contains("yes");
        assertThat(fm.string("done")).contains("true");
    }

    @Test
    void readsEmptyValuesAsAbsent() {
        FrontMatter fm = frontMatter("title:\ndoi:\narxiv: ~\nurl: null\ntags:\nauthors: []\n");

        assertThat(fm.title()).isEmpty();
        assertThat(fm.string("doi")).isEmpty();
        assertThat(fm.string("arxiv")).isEmpty();
        assertThat(fm.string("url")).isEmpty();
        assertThat(fm.tags()).isEmpty();
        assertThat(fm.authors()).isEmpty();
        assertThat(fm.values()).containsKeys("doi", "arxiv");
    }

    @Test
    void keepsAQuotedNullAsText() {
        assertThat(frontMatter("title: \"null\"\n").title()).contains("null");
    }

    @Test
    void readsABlankQuotedTitleAsAbsent() {
        assertThat(frontMatter("title: \"  \"\n").title()).isEmpty();
    }

    @Test
    void comparesKeysCaseInsensitively() {
        FrontMatter fm = frontMatter("Title: Upper\nTAGS: [a]\n");

        assertThat(fm.title()).contains("Upper");
        assertThat(fm.tags()).containsExactly("a");
    }

    @Test
    void readsNoScalarFromAListOrAMap() {
        FrontMatter fm = frontMatter("title: [a, b]\ndate:\n  year: 2020\n");

        assertThat(fm.title()).isEmpty();
        assertThat(fm.date()).isEmpty();
    }

    @Test
    void skipsMapsAndBlanksInsideLists() {
        FrontMatter fm = frontMatter("tags:\n  - a\n  - {x: 1}\n  - \"\"\n  -\n  - b\n");

        assertThat(fm.tags()).containsExactly("a", "b");
    }

    @Test
    void recordsTheBlockLines() {
        FrontMatterParser.Result r = parse("---\ntitle: x\ntags: [a]\n---\nbody\n");

        assertThat(r.frontMatter().firstLine()).isEqualTo(1);
        assertThat(r.frontMatter().lastLine()).isEqualTo(4);
    }

    @Test
    void ignoresYamlTagsInsteadOfConstructingObjects() {
        FrontMatter fm = frontMatter("a: !!python/object/apply:os.system [\"rm -rf /\"]\nb: !custom text\n");

        assertThat(fm.values().get("a")).isEqualTo(List.of("rm -rf /"));
        assertThat(fm.string("b")).contains("text");
    }

    // --- problems

    @Test
    void reportsMalformedYamlWithTheLineOfTheProblem() {
        FrontMatterParser.Result r = parse("---\ntitle: ok\nfoo: bar: baz\ndate: 2020-01-01\n---\nbody\n");

        assertThat(r.problem()).startsWith("malformed front matter");
        assertThat(r.problemLine()).isEqualTo(3);
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void reportsAnUnclosedFlowListAtOrAfterItsLine() {
        FrontMatterParser.Result r = parse("---\ntitle: ok\ntags: [a, b\ndate: x\n---\nbody\n");

        assertThat(r.problem()).startsWith("malformed front matter");
        assertThat(r.problemLine()).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(5);
    }

    @Test
    void reportsAnUnclosedQuoteAtOrAfterItsLine() {
        FrontMatterParser.Result r = parse("---\nx: 1\ntitle: \"unclosed\ndate: 1\n---\n");

        assertThat(r.problem()).startsWith("malformed front matter");
        assertThat(r.problemLine()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsBadIndentationWithTheFileLine() {
        FrontMatterParser.Result r = parse("---\ntitle: x\n  bad: indent\n wrong: 1\n---\n");

        assertThat(r.problem()).startsWith("malformed front matter");
        assertThat(r.problemLine()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsFrontMatterThatIsNotAMapping() {
        FrontMatterParser.Result r = parse("---\n- a\n- b\n---\n");

        assertThat(r.problem()).contains("not a mapping");
        assertThat(r.problemLine()).isEqualTo(1);
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void refusesABillionLaughsAliasBombQuickly() {
        String bomb = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                body
                """;

        FrontMatterParser.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(bomb));

        assertThat(r.problem()).startsWith("malformed front matter").containsIgnoringCase("alias");
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void acceptsAFewAliases() {
        FrontMatter fm = frontMatter("base: &b [x, y]\ntags: *b\n");

        assertThat(fm.tags()).containsExactly("x", "y");
    }

    @Test
    void refusesARecursiveAlias() {
        FrontMatterParser.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parse("---\na: &x [1, *x]\n---\n"));

        assertThat(r.problem()).startsWith("malformed front matter").containsIgnoringCase("recursive");
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void refusesDuplicateKeysNamingTheKeyAndLine() {
        FrontMatterParser.Result r = parse("---\ntitle: first\ndate: 2020-01-01\ntitle: second\n---\n");

        assertThat(r.problem()).startsWith("malformed front matter").contains("duplicate key").contains("title");
        assertThat(r.problemLine()).isEqualTo(4);
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void refusesDuplicateKeysInANestedMapping() {
        FrontMatterParser.Result r = parse("---\nx:\n  a: 1\n  a: 2\n---\n");

        assertThat(r.problem()).contains("duplicate key");
        assertThat(r.problemLine()).isEqualTo(4);
    }

    @Test
    void refusesFrontMatterOverTheSizeCap() {
        String big = "---\nbody: \"" + "x".repeat(300 * 1024) + "\"\n---\n";

        FrontMatterParser.Result r = parse(big);

        assertThat(r.problem()).startsWith("malformed front matter");
        assertThat(r.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void keepsValuesOfANestedMapping() {
        FrontMatter fm = frontMatter("meta:\n  venue: ICLR 2019\n");

        assertThat(fm.values().get("meta")).isEqualTo(Map.of("venue", "ICLR 2019"));
    }

    @Test
    void readsTomlFrontMatterWithKeyLines() {
        String text = "+++\ntitle = \"Recurrent Gardens\"\nauthors = \"Ferreira and Lindgren\"\nyear = 1998\n"
                + "[extra]\n  tags = [\"a\", \"b\"]\n+++\nBody.\n";
        FrontMatterParser.Block block = parser.locate(text);
        FrontMatterParser.Result r = parser.parse(block);

        assertThat(block.toml()).isTrue();
        assertThat(r.problem()).isNull();
        FrontMatter fm = r.frontMatter();
        assertThat(fm.title()).hasValue("Recurrent Gardens");
        assertThat(fm.string("year")).hasValue("1998");
        assertThat(fm.authors()).containsExactly("Ferreira", "Lindgren");
        assertThat(fm.values().get("extra")).isEqualTo(Map.of("tags", java.util.List.of("a", "b")));
        assertThat(fm.lineOf("year")).isEqualTo(4);
        assertThat(fm.lastLine()).isEqualTo(7);
    }

    @Test
    void malformedTomlIsAWarningWithItsLine() {
        FrontMatterParser.Result r = parser.parse(parser.locate("+++\ntitle = \"ok\"\nbroken = = 3\n+++\n"));

        assertThat(r.frontMatter().isEmpty()).isTrue();
        assertThat(r.problem()).startsWith("malformed front matter (TOML)");
        assertThat(r.problemLine()).isEqualTo(3);
    }
}
