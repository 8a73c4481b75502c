package org.notegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.exec.QueryExec;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.Library;
import org.notegraph.notes.LibraryEntry;
import org.notegraph.notes.LibraryReader;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.testing.Fixtures;

/**
 * The bibliography of the fixture papers (src/test/resources/bibliography, see its README): read
 * back by jbibtex, a real BibTeX parser, with LaTeX decoded; the CSL-JSON checked against the
 * CSL-JSON schema's rules; both read back by notegraph's own library reader; keys stable.
 */
class BibliographyTest {
    static final Path FIXTURES = Path.of("src/test/resources/bibliography");
    static final String B = "https://notegraph.example/";

    @TempDir static Path tmp;
    private static NoteStore store;
    private static final Bibliography BIB = new Bibliography();

    @BeforeAll
    static void build() {
        Fixtures.build(tmp.resolve("db"), FIXTURES.resolve("vault"), FIXTURES.resolve("lists"));
        store = Stores.openExisting(tmp.resolve("db"));
    }

    @AfterAll
    static void close() { store.close(); }

    static String export(NoteStore s, Bibliography.Format f, Set<String> only) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BIB.write(s.datasetGraph(), f, only, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static long paperCount() {
        return store.read(d -> {
            try (QueryExec qe = QueryExec.dataset(d).query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/notegraph#Paper> }").build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    static BibTeXDatabase parse(String bib) throws Exception {
        return new BibTeXParser().parse(new StringReader(bib));
    }

    /** A field as a reader sees it: LaTeX commands and accents turned back into text. */
    static String field(BibTeXEntry e, String name) throws Exception {
        Value v = e.getField(new Key(name));
        if (v == null) return null;
        return new LaTeXPrinter().print(new LaTeXParser().parse(v.toUserString()));
    }

    @Test
    void bibtexParsesBackWithOneEntryPerPaperAndTheirFields() throws Exception {
        String bib = export(store, Bibliography.Format.BIBTEX, null);
        BibTeXDatabase db = parse(bib);
        assertThat(paperCount()).isEqualTo(7);
        assertThat((long) db.getEntries().size()).as("entries in\n%s", bib).isEqualTo(paperCount());
        Map<String, BibTeXEntry> byKey = new TreeMap<>();
        db.getEntries().forEach((k, v) -> byKey.put(k.getValue(), v));
        assertThat(byKey).containsOnlyKeys("angstrom2021quiet", "chen2022sparsea", "chen2022sparseb", "note",
                "okafor2021lattice", "vanderberg2020hashing", "zhang2020gradient");

        BibTeXEntry lattice = byKey.get("okafor2021lattice");
        assertThat(lattice.getType().getValue()).isEqualTo("inproceedings");
        assertThat(field(lattice, "author")).isEqualTo("Okafor, Mbali and García-Núñez, Lucía and Sørensen, Henrik");
        assertThat(field(lattice, "title")).isEqualTo("Lattice Priors for Few-Shot Parsing");
        assertThat(field(lattice, "booktitle")).isEqualTo("NeurIPS 2021");
        assertThat(field(lattice, "year")).isEqualTo("2021");
        assertThat(field(lattice, "doi")).isEqualTo("10.5555/lattice.2021.17");
        assertThat(field(lattice, "eprint")).isNull();

        BibTeXEntry routing = byKey.get("chen2022sparsea");
        assertThat(routing.getType().getValue()).as("arXiv only").isEqualTo("misc");
        assertThat(field(routing, "eprint")).isEqualTo("2203.04567");
        assertThat(field(routing, "archivePrefix")).isEqualTo("arXiv");
        assertThat(field(routing, "url")).isEqualTo("https://arxiv.org/abs/2203.04567");
        assertThat(field(routing, "author")).isEqualTo("Chen, Mia and Haddad, Omar");

        BibTeXEntry codes = byKey.get("chen2022sparseb");
        assertThat(codes.getType().getValue()).isEqualTo("inproceedings");
        assertThat(field(codes, "url")).as("OpenReview as url").isEqualTo("https://openreview.net/forum?id=SpC0desTiny22");
        assertThat(field(codes, "author")).isEqualTo("Chen, Mia and Brown, Jr., Ada");

        BibTeXEntry bloom = byKey.get("vanderberg2020hashing");
        assertThat(bloom.getType().getValue()).as("a journal").isEqualTo("article");
        assertThat(field(bloom, "journal")).isEqualTo("JMLR");
        assertThat(field(bloom, "author")).isEqualTo("van der Berg, Jean-Loup");
        assertThat(bib).contains("title = {Hashing \\#Tags \\& \\{Exact\\} 100\\% Recall with {Bloom\\_Filters} at \\$O(n)\\$ Cost}");

        BibTeXEntry cafe = byKey.get("angstrom2021quiet");
        assertThat(field(cafe, "author")).startsWith("Ångström, Zoë and ");
        assertThat(cafe.getField(new Key("author")).toUserString()).as("Ł is LaTeX's \\L, which jbibtex does not decode")
                .isEqualTo("{\\AA}ngstr{\\\"o}m, Zo{\\\"e} and {\\L}ukasiewicz, Bartosz");
        assertThat(field(cafe, "title")).isEqualTo("The Quiet Café Effect in Attention Heads");
        assertThat(field(cafe, "booktitle")).isEqualTo("ICML 2021");
        assertThat(field(cafe, "eprint")).isEqualTo("2105.06789");

        assertThat(byKey.get("note").getType().getValue()).as("no author, no year, no venue").isEqualTo("misc");
        assertThat(field(byKey.get("zhang2020gradient"), "booktitle")).isEqualTo("NeurIPS 2020");
        assertThat(bib).as("non-ASCII only in TeX accents").isEqualTo(new String(bib.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
    }

    @Test
    void cslJsonMeetsTheSchemaAndCarriesTheFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export(store, Bibliography.Format.CSLJSON, null));
        assertThat(CslDataSchema.violations(root)).isEmpty();
        assertThat((long) root.size()).isEqualTo(paperCount());
        Map<String, JsonNode> byId = new TreeMap<>();
        root.forEach(item -> byId.put(item.get("id").asText(), item));
        for (JsonNode item : root) {
            assertThat(item.get("title").isTextual()).isTrue();
            for (JsonNode a : item.path("author")) {
                assertThat(a.get("family").isTextual()).isTrue();
                if (a.has("given")) assertThat(a.get("given").isTextual()).isTrue();
            }
            if (item.has("issued")) assertThat(item.get("issued").get("date-parts").get(0).get(0).isInt()).isTrue();
        }
        JsonNode lattice = byId.get("okafor2021lattice");
        assertThat(lattice.get("type").asText()).isEqualTo("paper-conference");
        assertThat(lattice.get("author").get(1).get("family").asText()).isEqualTo("García-Núñez");
        assertThat(lattice.get("author").get(1).get("given").asText()).isEqualTo("Lucía");
        assertThat(lattice.get("container-title").asText()).isEqualTo("NeurIPS 2021");
        assertThat(lattice.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2021);
        assertThat(lattice.get("DOI").asText()).isEqualTo("10.5555/lattice.2021.17");
        assertThat(byId.get("vanderberg2020hashing").get("type").asText()).isEqualTo("article-journal");
        assertThat(byId.get("vanderberg2020hashing").get("title").asText()).isEqualTo("Hashing #Tags & {Exact} 100% Recall with Bloom_Filters at $O(n)$ Cost");
        JsonNode routing = byId.get("chen2022sparsea");
        assertThat(routing.get("type").asText()).isEqualTo("article");
        assertThat(routing.get("number").asText()).isEqualTo("arXiv:2203.04567");
        assertThat(byId.get("chen2022sparseb").get("author").get(1).get("suffix").asText()).isEqualTo("Jr.");
    }

    @Test
    void schemaCheckCatchesWhatTheSchemaForbids() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("""
                [{"type": "conference-paper", "title": 3, "author": [{"family": "X", "nick": "y"}],
                  "issued": {"date-parts": [[2020, 1, 2, 3]]}, "venue": "ICLR"}]""");
        assertThat(CslDataSchema.violations(bad)).hasSize(6);
    }

    @Test
    void bothFormatsReadBackThroughTheLibraryReaderAsTheSamePapers() throws Exception {
        Path bib = tmp.resolve("out.bib");
        Path json = tmp.resolve("out.json");
        Files.writeString(bib, export(store, Bibliography.Format.BIBTEX, null));
        Files.writeString(json, export(store, Bibliography.Format.CSLJSON, null));
        List<String> seen = new ArrayList<>();
        for (Path f : List.of(bib, json)) {
            Diagnostics d = new Diagnostics();
            Library lib = LibraryReader.read(List.of(f), d);
            assertThat(d.all()).isEmpty();
            assertThat(lib.size()).isEqualTo(7);
            LibraryEntry lattice = lib.get("okafor2021lattice").orElseThrow();
            assertThat(lattice.authors()).containsExactly("Mbali Okafor", "Lucía García-Núñez", "Henrik Sørensen");
            assertThat(lattice.year()).isEqualTo(2021);
            assertThat(lattice.doi()).isEqualTo("10.5555/lattice.2021.17");
            assertThat(lib.get("chen2022sparsea").orElseThrow().arxiv()).isEqualTo("2203.04567");
            assertThat(lib.get("vanderberg2020hashing").orElseThrow().title())
                    .isEqualTo("Hashing #Tags & {Exact} 100% Recall with Bloom_Filters at $O(n)$ Cost");
            seen.add(f.getFileName().toString());
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void onlyTheChosenPapersAreWritten() throws Exception {
        Set<String> two = Set.of(B + "paper/doi/10.5555/lattice.2021.17", B + "paper/arxiv/2203.04567", B + "note/nothing");
        BibTeXDatabase db = parse(export(store, Bibliography.Format.BIBTEX, two));
        assertThat(db.getEntries().keySet()).extracting(Key::getValue).containsExactlyInAnyOrder("okafor2021lattice", "chen2022sparse");
    }

    @Test
    void keysAndFilesAreTheSameOnEveryExportAndAfterARebuild() {
        for (Bibliography.Format f : Bibliography.Format.values()) {
            String first = export(store, f, null);
            assertThat(export(store, f, null)).isEqualTo(first);
            Path fresh = tmp.resolve("fresh-" + f);
            Fixtures.build(fresh, FIXTURES.resolve("lists"), FIXTURES.resolve("vault"));
            try (NoteStore rebuilt = Stores.openExisting(fresh)) {
                assertThat(export(rebuilt, f, null)).as("%s after a rebuild", f).isEqualTo(first);
            }
        }
    }

    @Test
    void formatNames() {
        assertThat(Bibliography.format("BibTeX")).contains(Bibliography.Format.BIBTEX);
        assertThat(Bibliography.format("csl-json")).contains(Bibliography.Format.CSLJSON);
        assertThat(Bibliography.format("csljson")).contains(Bibliography.Format.CSLJSON);
        assertThat(Bibliography.format("turtle")).isEmpty();
    }
}
