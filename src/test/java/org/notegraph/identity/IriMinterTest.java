package org.notegraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.model.Namespaces;

class IriMinterTest {
    private static final String B = Namespaces.DEFAULT_BASE;

    private static void assertValidIri(String iri) {
        IRIx x = IRIx.create(iri);
        StringBuilder why = new StringBuilder();
        x.handleViolations((error, message) -> why.append(message).append("; "));
        assertThat(x.hasViolations()).as("violations in <%s>: %s", iri, why).isFalse();
        assertThat(x.isAbsolute()).as("absolute <%s>", iri).isTrue();
        assertThat(iri).doesNotContainPattern("[\\s<>\"{}|\\\\^`]");
        assertThat(iri.chars().allMatch(c -> c < 0x80)).as("ASCII only: <%s>", iri).isTrue();
    }

    @Test
    void sameInputGivesTheSameIrisInEveryMinter() {
        IriMinter a = new IriMinter(null);
        IriMinter b = new IriMinter(B);
        assertThat(a.note("talks/iclr.md")).isEqualTo(b.note("talks/iclr.md")).isEqualTo(B + "note/talks/iclr.md");
        assertThat(a.mention("talks/iclr.md", 12, 1)).isEqualTo(B + "note/talks/iclr.md/mention/12-1");
        assertThat(a.person("Preetum Nakkiran")).isEqualTo(b.person("Preetum Nakkiran")).isEqualTo(B + "person/preetum-nakkiran");
        assertThat(a.venue("ICLR 2020")).isEqualTo(B + "venue/iclr-2020");
        assertThat(a.paperById(IdScheme.OPENREVIEW, "B1g5sA4twr")).isEqualTo(B + "paper/openreview/B1g5sA4twr");
        assertThat(a.paperById(IdScheme.ARXIV, "hep-th/9901001")).isEqualTo(B + "paper/arxiv/hep-th/9901001");
        assertThat(a.paperById(IdScheme.DOI, "10.1109/CVPR.2016.90")).isEqualTo(B + "paper/doi/10.1109/cvpr.2016.90");
        assertThat(a.paperById(IdScheme.ACL, "2020.acl-main.463")).isEqualTo(B + "paper/acl/2020.acl-main.463");
        assertThat(a.paperByTitle("deep double descent")).isEqualTo(b.paperByTitle("deep double descent"))
                .matches(java.util.regex.Pattern.quote(B) + "paper/title/deep-double-descent-[0-9a-f]{8}");
        assertThat(a.paperByUrl("url:arxiv.org/abs/1")).isEqualTo(b.paperByUrl("url:arxiv.org/abs/1"))
                .matches(java.util.regex.Pattern.quote(B) + "paper/url/[0-9a-f]{16}");
        assertThat(a.entitiesGraph()).isEqualTo(B + "graph/entities");
        assertThat(a.ontologyGraph()).isEqualTo(B + "graph/ontology");
    }

    @Test
    void differentTitlesGiveDifferentIrisEvenWithTheSameSlug() {
        IriMinter m = new IriMinter(null);
        String longA = "a".repeat(70) + " one";
        String longB = "a".repeat(70) + " two";
        assertThat(m.paperByTitle(longA)).isNotEqualTo(m.paperByTitle(longB));
        assertThat(m.paperByTitle("deep learning")).isNotEqualTo(m.paperByTitle("deep learning 2"));
    }

    @Test
    void personAndVenueNamesAreAsciiSlugs() {
        IriMinter m = new IriMinter(null);
        assertThat(m.person("Aleksander Mądry")).isEqualTo(B + "person/aleksander-madry");
        assertThat(m.person("Nico Görnitz")).isEqualTo(B + "person/nico-gornitz");
        assertThat(m.venue("ICML 2019 Workshop")).isEqualTo(B + "venue/icml-2019-workshop");
        // a name with nothing to slug still gets a stable, valid IRI
        assertThat(m.person("李飞飞")).isEqualTo(m.person("李飞飞")).startsWith(B + "person/h-").isNotEqualTo(m.person("王小明"));
        assertValidIri(m.person("李飞飞"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "notes/with space.md",
            "weird/<angle>\"quote\"{brace}|pipe\\back^caret`tick.md",
            "ünïcödé/Ärger – naïve 日本語.md",
            "100% sure?#frag.md",
            "a/../b/./c.md",
            "tab\there.md",
            "vault/Deep SAD.md"})
    void hostileNotePathsArePercentEncodedIntoValidIris(String path) {
        IriMinter m = new IriMinter(null);
        String note = m.note(path);
        String mention = m.mention(path, 3, 2);
        assertValidIri(note);
        assertValidIri(mention);
        assertThat(note).startsWith(B + "note/");
        assertThat(mention).isEqualTo(note + "/mention/3-2");
        assertThat(note).doesNotContain("/../", "/./");
        // the same path always gives the same IRI, and the encoding is reversible
        assertThat(m.note(path)).isEqualTo(note);
        assertThat(java.net.URLDecoder.decode(note.substring((B + "note/").length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(path);
    }

    @Test
    void encodePathKeepsUnreservedCharactersAndSlashes() {
        assertThat(IriMinter.encodePath("vault/Deep SAD.md")).isEqualTo("vault/Deep%20SAD.md");
        assertThat(IriMinter.encodePath("a-b_c.d~e/f")).isEqualTo("a-b_c.d~e/f");
        assertThat(IriMinter.encodePath("ä")).isEqualTo("%C3%A4");
        assertThat(IriMinter.encodePath("<>\"{}|\\^`")).isEqualTo("%3C%3E%22%7B%7D%7C%5C%5E%60");
    }

    @Test
    void hostileIdentifiersGiveValidPaperIris() {
        IriMinter m = new IriMinter(null);
        assertValidIri(m.paperById(IdScheme.DOI, "10.1023/B:MACH.0000008084.60811.49"));
        assertValidIri(m.paperById(IdScheme.DOI, "10.1002/(SICI)1097-4571(199009)41:6<391::AID-ASI1>3.0.CO;2-9"));
        assertValidIri(m.paperById(IdScheme.OPENREVIEW, "a b<c>"));
        assertValidIri(m.paperByTitle("über <alles> \"quoted\""));
        assertValidIri(m.venue("NeurIPS '19 {workshop}"));
    }

    @Test
    void baseIsConfigurable() {
        IriMinter m = new IriMinter("http://example.org/kg");
        assertThat(m.base()).isEqualTo("http://example.org/kg/");
        assertThat(m.note("a.md")).isEqualTo("http://example.org/kg/note/a.md");
        assertThat(m.paperById(IdScheme.ARXIV, "1706.03762")).isEqualTo("http://example.org/kg/paper/arxiv/1706.03762");
        assertThat(m.person("Ada Lovelace")).isEqualTo("http://example.org/kg/person/ada-lovelace");
        assertThat(m.entitiesGraph()).isEqualTo("http://example.org/kg/graph/entities");

        assertThat(new IriMinter("urn:x:kg#").base()).isEqualTo("urn:x:kg#");
        assertThat(new IriMinter("  https://kg.example.com/data/  ").base()).isEqualTo("https://kg.example.com/data/");
        assertThat(new IriMinter("").base()).isEqualTo(B);
        assertThat(new IriMinter("   ").base()).isEqualTo(B);
    }
}
