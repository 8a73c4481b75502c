package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.cli.CliRunner.Run;
import org.notegraph.cli.CliRunner;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.export.Exporter;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.NG;
import org.notegraph.rdf.Prefixes;
import org.notegraph.rdf.Vocab;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * Hostile input: each bad note (binary, mis-encoded, huge, one enormous line, nested 10,000 deep, YAML
 * bombs and malformed front matter, URLs and titles full of {@code <>"{}|\^}, script HTML, control
 * characters, symbolic-link loops, unreadable files...) is built by the real {@link Builder} beside a
 * few good notes, each within a time limit. For each: no exception escapes, a diagnostic names the
 * file (and the line where known), the good notes are built with their papers, and the exported
 * Turtle parses with Jena RIOT and with rdf4j. Then the whole corpus (but its two heaviest inputs)
 * goes through the command line once, and a 50 MB note is built with {@code --max-note-bytes} raised. Large files are generated
 * here, never committed. Prints {@code hostile inputs: tried N, survived N, lost 0 (...)}.
 *
 * <p>By default ({@code mvn verify}) it builds {@link #SAMPLE}, one or two inputs of each kind, each
 * alone and then all at once through the command line; {@code -Dnotegraph.hostileInputs=all} (run by
 * {@code bench/crash-safety}, a step of {@code .ci/run}) builds every input and the raised-limit 50 MB note.
 */
class HostileInputTest {
    private static final IriMinter MINTER = new IriMinter(null);
    private static final String PAPER = Namespaces.DEFAULT_BASE + "paper/";
    private static final Duration SMALL = Duration.ofSeconds(30);
    private static final Duration LARGE = Duration.ofSeconds(60);
    /** The limit of the two inputs that make the most graph (thousands of papers, 20,000 concept mentions): built alone only. */
    private static final Duration HEAVY = Duration.ofSeconds(61);
    private static final long BIG_NOTE_BYTES = 50L * 1000 * 1000;

    @TempDir static Path tmp;

    // ------------------------------------------------------------------ good notes

    record Good(String path, String text, List<String> papers) {}

    static final List<Good> GOOD = List.of(
            new Good("good/transformers.md", """
                    # Transformers

                    - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
                    - [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding](https://arxiv.org/abs/1810.04805)
                    """, List.of(PAPER + "arxiv/1706.03762", PAPER + "arxiv/1810.04805")),
            new Good("good/optimisation.md", """
                    ---
                    title: Optimisation
                    tags: [optimisation]
                    ---
                    # Optimisation

                    - [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)
                    - [Deep Double Descent: Where Bigger Models and More Data Hurt](https://openreview.net/forum?id=B1g5sA4twr)
                    """, List.of(PAPER + "arxiv/1412.6980", PAPER + "openreview/B1g5sA4twr")),
            new Good("good/reviews.md", """
                    # Reviews

                    - [Deep learning](https://doi.org/10.1038/nature14539), Yann LeCun, Yoshua Bengio, Geoffrey Hinton. *Nature 2015*
                    """, List.of(PAPER + "doi/10.1038/nature14539")));

    // ------------------------------------------------------------------ hostile inputs

    /** What a build must make of an input. */
    enum Expect {
        /** built, no error about it */
        BUILT,
        /** built, with a warning naming it */
        WARNED,
        /** not built, an error names it */
        SKIPPED,
        /** either, but if not built an error names it (how deep a parser can nest depends on the thread's stack) */
        BUILT_OR_SKIPPED,
        /** not a note (a link the walk does not follow): a warning names it */
        NOT_A_NOTE,
        /** chmod 000: SKIPPED where that stops reading, BUILT where it does not (root) */
        UNREADABLE;

        Expect resolved() {
            if (this != UNREADABLE) return this;
            if (chmodBlocksReads == null) throw new IllegalStateException("unreadable input not written yet");
            return chmodBlocksReads ? SKIPPED : BUILT;
        }
    }

    interface Writer { void write(Path folder) throws IOException; }

    interface Check { void check(NoteStore store, BuildReport report); }

    /**
     * One hostile input: the note's path relative to the build folder, what the build must make of it,
     * the line a diagnostic must name (0: none known, -1: some line), words the message must contain.
     */
    record Case(String name, String file, Expect expect, int line, String message, Writer writer, Duration limit,
                Check extra) {
        Case(String name, String file, Expect expect, int line, String message, Writer writer) {
            this(name, file, expect, line, message, writer, SMALL, null);
        }

        Case limit(Duration d) { return new Case(name, file, expect, line, message, writer, d, extra); }

        Case then(Check c) { return new Case(name, file, expect, line, message, writer, limit, c); }
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static Writer bytes(String file, byte[] content) {
        return folder -> {
            Path f = folder.resolve(file);
            Files.createDirectories(f.getParent());
            Files.write(f, content);
        };
    }

    static Writer text(String file, String content) { return bytes(file, utf8(content)); }

    static final String LINK = "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n";

    /** The inputs of the default run: binary, bad UTF-8, over the size limit, deep nesting, YAML, URLs and HTML, odd characters, file names, the file system. */
    static final Set<String> SAMPLE = Set.of("png", "latin1", "truncated", "50-MB", "list-10000-deep", "yaml-billion-laughs",
            "yaml-duplicate-keys", "yaml-code-tags", "url-and-title-specials", "javascript-urls", "script-html", "control-characters",
            "unicode-oddities-and-zalgo", "empty", "file-name-specials", "symlink-loop", "dangling-symlink", "unreadable");

    static boolean allInputs() { return "all".equals(System.getProperty("notegraph.hostileInputs")); }

    /** Every input with {@code -Dnotegraph.hostileInputs=all}, else the sample. */
    static List<Case> selected() {
        List<Case> all = cases();
        return allInputs() ? all : all.stream().filter(c -> SAMPLE.contains(c.name())).toList();
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // binary
        c.add(new Case("png", "h/figure.md", Expect.SKIPPED, 3, "binary",
                bytes("h/figure.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'})));
        byte[] noise = new byte[64 * 1024];
        new Random(5).nextBytes(noise);
        c.add(new Case("random-bytes", "h/noise.md", Expect.SKIPPED, -1, "", bytes("h/noise.md", noise)));
        c.add(new Case("utf16", "h/utf16.md", Expect.SKIPPED, -1, "binary",
                bytes("h/utf16.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "# Notes\n".getBytes(StandardCharsets.UTF_16LE)))));
        // invalid UTF-8, each naming its line
        c.add(new Case("latin1", "h/latin1.md", Expect.SKIPPED, 3, "invalid UTF-8",
                bytes("h/latin1.md", concat(utf8("# Notes\n\n- caf"), new byte[] {(byte) 0xE9}, utf8("\n" + LINK)))));
        c.add(new Case("overlong", "h/overlong.md", Expect.SKIPPED, 2, "invalid UTF-8",
                bytes("h/overlong.md", concat(utf8("# Notes\nslash "), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\n")))));
        c.add(new Case("surrogate", "h/surrogate.md", Expect.SKIPPED, 5, "invalid UTF-8",
                bytes("h/surrogate.md", concat(utf8("a\nb\nc\nd\n"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\n")))));
        c.add(new Case("truncated", "h/truncated.md", Expect.SKIPPED, 4, "UTF-8",
                bytes("h/truncated.md", concat(utf8("# T\n\n" + LINK + "euro "), new byte[] {(byte) 0xE2, (byte) 0x82}))));
        c.add(new Case("lone-continuation", "h/continuation.md", Expect.SKIPPED, 1, "invalid UTF-8",
                bytes("h/continuation.md", concat(new byte[] {(byte) 0x80}, utf8("# T\n")))));
        // size: refused by the default limit (the raised limit is tried in bigNoteIsBuiltWhenTheLimitIsRaised)
        c.add(new Case("50-MB", "h/huge.md", Expect.SKIPPED, 0, "over the limit", HostileInputTest::writeBigNote));
        // one enormous line
        c.add(new Case("1-MB-line", "h/one-line.md", Expect.BUILT, 0, "", HostileInputTest::writeOneLine).limit(HEAVY)
                .then((store, report) -> assertThat(mentionsIn(store, "h/one-line.md")).as("one mention per link").isEqualTo(oneLineLinks)));
        c.add(new Case("1-MB-unbroken-word", "h/one-word.md", Expect.BUILT, 0, "",
                text("h/one-word.md", "# W\n\n" + "x".repeat(1 << 20) + "\n\n" + LINK)));
        c.add(new Case("whitespace-flood", "h/blank.md", Expect.BUILT, 0, "",
                text("h/blank.md", "  \t \n".repeat(400_000) + LINK)));
        c.add(new Case("cr-only-lines", "h/cr.md", Expect.BUILT, 0, "",
                text("h/cr.md", ("# Old Mac note\r\r- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\r").repeat(500))));
        // nesting
        c.add(new Case("list-10000-deep", "h/deep-list.md", Expect.BUILT_OR_SKIPPED, 0, "nested",
                text("h/deep-list.md", "- ".repeat(10_000) + "deep [Adam](https://arxiv.org/abs/1412.6980)\n")));
        c.add(new Case("ordered-list-10000-deep", "h/deep-ordered.md", Expect.BUILT_OR_SKIPPED, 0, "nested",
                text("h/deep-ordered.md", "1. ".repeat(10_000) + "deep\n")));
        c.add(new Case("indented-list-1000-deep", "h/indented.md", Expect.BUILT_OR_SKIPPED, 0, "nested",
                HostileInputTest::writeIndentedList));
        c.add(new Case("blockquote-10000-deep", "h/deep-quote.md", Expect.BUILT_OR_SKIPPED, 0, "nested",
                text("h/deep-quote.md", ">".repeat(10_000) + " deep [Adam](https://arxiv.org/abs/1412.6980)\n")));
        c.add(new Case("list-and-quote-5000-deep", "h/deep-mixed.md", Expect.BUILT_OR_SKIPPED, 0, "nested",
                text("h/deep-mixed.md", "- > ".repeat(5_000) + "deep\n")));
        c.add(new Case("brackets-10000-deep", "h/brackets.md", Expect.BUILT, 0, "",
                text("h/brackets.md", "[".repeat(10_000) + "x" + "]".repeat(10_000) + "(https://arxiv.org/abs/1412.6980)\n")));
        c.add(new Case("emphasis-10000", "h/emphasis.md", Expect.BUILT, 0, "",
                text("h/emphasis.md", "*_".repeat(10_000) + "x" + "_*".repeat(10_000) + "\n" + LINK)));
        // front matter
        c.add(new Case("yaml-billion-laughs", "h/lol.md", Expect.WARNED, -1, "aliases", text("h/lol.md", billionLaughs() + LINK))
                .then((store, report) -> assertThat(literals(store, "h/lol.md", DCTerms.title.asNode())).isEmpty()));
        c.add(new Case("yaml-100k-deep", "h/yaml-deep.md", Expect.WARNED, 1, "malformed front matter",
                text("h/yaml-deep.md", "---\ntitle: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\n" + LINK)));
        c.add(new Case("yaml-100k-deep-maps", "h/yaml-deep-maps.md", Expect.WARNED, -1, "malformed front matter",
                text("h/yaml-deep-maps.md", "---\ntitle: " + "{a: ".repeat(50_000) + "x" + "}".repeat(50_000) + "\n---\n" + LINK)));
        c.add(new Case("yaml-duplicate-keys", "h/duplicate.md", Expect.WARNED, 3, "duplicate",
                text("h/duplicate.md", "---\ntitle: One\ntitle: Two\n---\n" + LINK)));
        c.add(new Case("yaml-tab-indent", "h/tabs.md", Expect.WARNED, -1, "malformed front matter",
                text("h/tabs.md", "---\ntags:\n\t- a\n\t- b\n---\n" + LINK)));
        c.add(new Case("yaml-not-a-mapping", "h/list-fm.md", Expect.WARNED, 1, "not a mapping",
                text("h/list-fm.md", "---\n- one\n- two\n---\n" + LINK)));
        c.add(new Case("yaml-scalar", "h/scalar-fm.md", Expect.WARNED, 1, "not a mapping",
                text("h/scalar-fm.md", "---\njust some words\n---\n" + LINK)));
        c.add(new Case("yaml-unclosed-flow", "h/unclosed.md", Expect.WARNED, -1, "malformed front matter",
                text("h/unclosed.md", "---\ntitle: [unclosed\ndate: 2020\n---\n" + LINK)));
        c.add(new Case("yaml-over-256k", "h/yaml-big.md", Expect.WARNED, -1, "malformed front matter",
                text("h/yaml-big.md", "---\ntitle: \"" + "a".repeat(300_000) + "\"\n---\n" + LINK)));
        c.add(new Case("yaml-code-tags", "h/yaml-tags.md", Expect.BUILT, 0, "",
                text("h/yaml-tags.md", "---\ntitle: !!python/object/apply:os.system [\"echo pwned\"]\n"
                        + "date: !<tag:yaml.org,2002:js/function> 'function(){}'\n---\n" + LINK)));
        c.add(new Case("yaml-never-closed", "h/open-fm.md", Expect.BUILT, 0, "",
                text("h/open-fm.md", "---\ntitle: x\n\n" + LINK)));
        // URLs, titles and file names with characters IRIs and Turtle forbid
        c.add(new Case("url-and-title-specials", "h/specials.md", Expect.BUILT, 0, "", text("h/specials.md", """
                # Title <>"{}|\\^` with specials

                - [A "Quoted" <Title> {with} | pipes \\ and ^ carets](https://arxiv.org/abs/2001.08361)
                - <a href="https://example.org/a b<c>{d}|e\\f^g`h">Understanding "Deep" <Learning> {Requires} | Rethinking \\ Generalization ^</a>
                - [Bracketed URL paper about many things](<https://example.org/x y"{}|\\^>)
                - Bare https://arxiv.org/abs/1611.03530?q=<>"{}|\\^ end
                - [Split
                  Across Lines Title Words](https://arxiv.org/abs/1803.03635)
                - [A title with a
                newline](https://doi.org/10.1000/xyz<>"{}|\\^)
                """)));
        c.add(new Case("javascript-urls", "h/javascript.md", Expect.BUILT, 0, "", text("h/javascript.md", """
                # Links

                - [An Important Paper About Safety](javascript:alert(1))
                - [Another Important Paper Title](JaVaScRiPt:alert(document.cookie))
                - <a href="javascript:alert(1)">Yet Another Paper Title Here</a>
                - [A Data Paper Title Here](data:text/html,<script>alert(1)</script>)
                - [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)
                """)).then((store, report) -> assertThat(iris(store)).noneMatch(i -> i.toLowerCase(Locale.ROOT).startsWith("javascript:")
                || i.toLowerCase(Locale.ROOT).startsWith("data:"))));
        c.add(new Case("script-html", "h/script.md", Expect.BUILT, 0, "", text("h/script.md", """
                ---
                title: <script>alert(1)</script>
                tags: ["<img src=x onerror=alert(1)>"]
                ---
                # <img src=x onerror=alert(1)> notes

                <script>alert("block")</script>

                - [<script>alert(1)</script> Attention Is All You Need](https://arxiv.org/abs/1706.03762) <img src=x onerror=alert(1)>
                - <a href="https://arxiv.org/abs/1412.6980" onclick="alert(1)">Adam <b onmouseover=alert(1)>method</b></a>
                """)).then((store, report) -> {
                    assertThat(literals(store, "h/script.md", DCTerms.title.asNode())).containsExactly("<script>alert(1)</script>");
                    assertThat(literals(store, "h/script.md", NG.tag)).containsExactly("<img src=x onerror=alert(1)>");
                    // inline HTML in link text is markup: its tags are dropped, the words kept
                    // (ng:linkText is written only where it differs from ng:titleAsWritten)
                    List<String> linkWords = new ArrayList<>(literals(store, "h/script.md", NG.linkText));
                    linkWords.addAll(literals(store, "h/script.md", NG.titleAsWritten));
                    assertThat(linkWords).anyMatch(s -> s.contains("Attention Is All You Need")).noneMatch(s -> s.contains("<script"));
                    assertThat(iris(store)).noneMatch(i -> i.contains("onerror") || i.contains("<script"));
                    assertThat(literalTypes(store)).as("literal datatypes").doesNotContain(RDF.getURI() + "HTML", RDF.getURI() + "XMLLiteral");
                }));
        c.add(new Case("control-characters", "h/controls.md", Expect.WARNED, 4, "control characters",
                text("h/controls.md", controlCharacters()))
                .then((store, report) -> assertThat(literals(store, "h/controls.md", null))
                        .noneMatch(s -> s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' || ch == 0x7f))));
        c.add(new Case("nul-after-8k", "h/late-nul.md", Expect.BUILT_OR_SKIPPED, -1, "",
                text("h/late-nul.md", "# Late\n\n" + LINK + "x".repeat(9000) + "\u0000 end\n")));
        c.add(new Case("unicode-oddities-and-zalgo", "h/unicode.md", Expect.WARNED, 3, "combining marks", text("h/unicode.md",
                "# Odd \uFFFE\uFFFF \u2028 \u2029 \u202E reversed \u200B\u200D \uFEFF\n\n"
                        + "- [Attention \u202E Is All \u2028 You Need \uD83D\uDC69\u200D\uD83D\uDCBB e\u0301" + "\u0301".repeat(10_000)
                        + "](https://arxiv.org/abs/1706.03762) \uFDD0 \uD83F\uDFFF\n"))
                .then((store, report) -> assertThat(literals(store, "h/unicode.md", null))
                        .noneMatch(s -> s.codePoints().anyMatch(cp -> cp == 0xFFFE || cp == 0xFFFF || cp == 0xFDD0 || cp == 0x1FFFF))));
        c.add(new Case("100-KB-title", "h/long-title.md", Expect.BUILT, 0, "",
                text("h/long-title.md", "- [" + "Very Long Title ".repeat(6400) + "](https://arxiv.org/abs/2002.05709)\n")));
        c.add(new Case("unclosed-html-comment-and-fence", "h/unclosed.md.md", Expect.BUILT, 0, "",
                text("h/unclosed.md.md", LINK + "\n<!-- never closed\n" + LINK + "\n```\n" + LINK)));
        c.add(new Case("wide-table", "h/table.md", Expect.BUILT_OR_SKIPPED, 0, "too deeply",
                text("h/table.md", "|" + " a |".repeat(5000) + "\n|" + "---|".repeat(5000) + "\n|" + " [Adam](https://arxiv.org/abs/1412.6980) |".repeat(5000) + "\n")));
        c.add(new Case("dense-concepts", "h/dense.md", Expect.WARNED, 0, "concept mentions, only the first",
                HostileInputTest::writeDenseProse).limit(HEAVY));
        c.add(new Case("empty", "h/empty.md", Expect.BUILT, 0, "", bytes("h/empty.md", new byte[0])));
        c.add(new Case("file-name-specials", "h/we<>\"{}|\\^`ird name.md", Expect.BUILT, 0, "",
                text("h/we<>\"{}|\\^`ird name.md", LINK)));
        c.add(new Case("file-name-newline", "h/new\nline.md", Expect.BUILT, 0, "", text("h/new\nline.md", LINK)));
        // the file system
        c.add(new Case("symlink-loop", "loop", Expect.NOT_A_NOTE, 0, "symbolic link loop", folder -> {
            Files.createDirectories(folder.resolve("h"));
            Files.createSymbolicLink(folder.resolve("h/loop"), Path.of(".."));
        }).then((store, report) -> assertThat(store.graphNames()).noneMatch(g -> g.contains("/loop/"))));
        c.add(new Case("dangling-symlink", "dangling.md", Expect.NOT_A_NOTE, 0, "broken symbolic link", folder -> {
            Files.createDirectories(folder.resolve("h"));
            Files.createSymbolicLink(folder.resolve("h/dangling.md"), Path.of("no-such-target.md"));
        }));
        c.add(unreadable());
        return c;
    }

    /** Whether chmod 000 stopped this process reading a file (it does not for root); set when the input is written. */
    static volatile Boolean chmodBlocksReads;

    /** chmod 000: refused with "cannot read" — unless permissions do not stop this process (root), when it is built. */
    static Case unreadable() {
        String text = "# Locked\n\n- [Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift](https://arxiv.org/abs/1502.03167)\n";
        Writer w = folder -> {
            Path f = folder.resolve("h/unreadable.md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
            try (InputStream in = Files.newInputStream(f)) {
                in.read();
                chmodBlocksReads = false;
            } catch (AccessDeniedException e) {
                chmodBlocksReads = true;
            }
        };
        return new Case("unreadable", "h/unreadable.md", Expect.UNREADABLE, 0, "cannot read", w);
    }

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char ch = 'b'; ch <= 'i'; ch++) {
            sb.append(ch).append(": &").append(ch).append(" [");
            for (int k = 0; k < 9; k++) sb.append(k == 0 ? "" : ",").append('*').append((char) (ch - 1));
            sb.append("]\n");
        }
        return sb.append("title: *i\n---\n").toString();
    }

    static String controlCharacters() {
        StringBuilder sb = new StringBuilder("---\ntitle: \"ctl \\x01 title\"\n---\n# Control");
        for (char ch = 1; ch < 0x20; ch++) if (ch != '\n' && ch != '\r' && ch != '\t') sb.append(ch);
        sb.append('\u007f').append(" heading\n\n- [Attention\u0007 Is All\u001b[31m You Need\u0008](https://arxiv.org/abs/1706.03762)\u000b\u000c text\n");
        return sb.toString();
    }

    static void writeIndentedList(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        sb.append("\n").append(LINK);
        Files.createDirectories(folder.resolve("h"));
        Files.writeString(folder.resolve("h/indented.md"), sb);
    }

    /** How many links {@link #writeOneLine} wrote. */
    static volatile long oneLineLinks;

    /** 1 MB on one line: about 2,000 arXiv links (each its own paper) with prose between them. */
    static void writeOneLine(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 20);
        int i = 0;
        while (sb.length() < 1_000_000) {
            sb.append(String.format(Locale.ROOT, "[Paper number %d on scaling](https://arxiv.org/abs/2001.%05d) ", i, i));
            sb.append("and then some prose about it, with words that go on and on for a while, and more words. ".repeat(5));
            i++;
        }
        oneLineLinks = i;
        Files.createDirectories(folder.resolve("h"));
        Files.writeString(folder.resolve("h/one-line.md"), sb.append('\n'));
    }

    /** 600 KB naming vocabulary concepts on every line: more concept mentions than one note may keep. */
    static void writeDenseProse(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder("# Dense\n\n- [Dropout: A Simple Way to Prevent Neural Networks from Overfitting](https://jmlr.org/papers/v15/srivastava14a.html)\n\n");
        for (int i = 0; sb.length() < 600_000; i++) {
            sb.append("We study double descent and dropout with batch normalization in deep networks, line ").append(i).append(".\n");
        }
        Files.createDirectories(folder.resolve("h"));
        Files.writeString(folder.resolve("h/dense.md"), sb);
    }

    /**
     * 50 MB: what makes real notes that big, an inline base64 image and a pasted training log, between
     * paper links at the start and at the very end.
     */
    static void writeBigNote(Path folder) throws IOException {
        Path f = folder.resolve("h/huge.md");
        Files.createDirectories(f.getParent());
        Path made = bigNote();
        try {
            Files.createLink(f, made);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(made, f);
        }
    }

    /** The 50 MB note, made once (each build folder gets a hard link to it). */
    static synchronized Path bigNote() throws IOException {
        Path f = tmp.resolve("big-note/huge.md");
        if (Files.exists(f)) return f;
        Files.createDirectories(f.getParent());
        Random random = new Random(50);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            out.write(utf8("# Vault export\n\nSee [Attention Is All You Need](https://arxiv.org/abs/1706.03762) on attention.\n\n![figure](data:image/png;base64,"));
            byte[] raw = new byte[3 * 1024];
            long written = 0;
            while (written < BIG_NOTE_BYTES / 2) {
                random.nextBytes(raw);
                byte[] b64 = java.util.Base64.getEncoder().encode(raw);
                out.write(b64);
                written += b64.length;
            }
            out.write(utf8(")\n\n```\n"));
            for (long i = 0; written < BIG_NOTE_BYTES - 1000; i++) {
                byte[] line = utf8(String.format(Locale.ROOT, "2024-01-01T00:00:%02d INFO step=%d loss=%.4f lr=0.001 dropout=0.1%n",
                        i % 60, i, random.nextDouble()));
                out.write(line);
                written += line.length;
            }
            out.write(utf8("```\n\n- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)\n"));
        }
        return f;
    }

    // ------------------------------------------------------------------ the store, read back

    static Set<String> iris(NoteStore store) {
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            d.find().forEachRemaining(q -> {
                for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                    if (n.isURI()) out.add(n.getURI());
                }
            });
            return out;
        });
    }

    /** The literals of a note's graph, of one predicate or (null) of all. */
    static List<String> literals(NoteStore store, String note, Node predicate) {
        Node g = NodeFactory.createURI(MINTER.note(note));
        return store.read(d -> {
            List<String> out = new ArrayList<>();
            d.find(g, Node.ANY, predicate == null ? Node.ANY : predicate, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) out.add(q.getObject().getLiteralLexicalForm());
            });
            return out;
        });
    }

    /** The datatypes of every literal in the store (rdf:HTML or rdf:XMLLiteral would carry markup). */
    static Set<String> literalTypes(NoteStore store) {
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            d.find().forEachRemaining(q -> {
                if (q.getObject().isLiteral()) out.add(q.getObject().getLiteralDatatypeURI());
            });
            return out;
        });
    }

    static long mentionsIn(NoteStore store, String note) {
        Node g = NodeFactory.createURI(MINTER.note(note));
        return store.read(d -> (long) d.getGraph(g).find(Node.ANY, RDF.type.asNode(), NG.PaperMention).toList().size());
    }

    /** The papers the entities graph links a note's paper mentions to (each an ng:Paper there). */
    static Set<String> papersOf(NoteStore store, String note) {
        Node g = NodeFactory.createURI(MINTER.note(note));
        Node entities = NodeFactory.createURI(MINTER.entitiesGraph());
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            d.find(g, Node.ANY, RDF.type.asNode(), NG.PaperMention).forEachRemaining(q -> {
                d.find(entities, q.getSubject(), Vocab.OA.hasBody, Node.ANY).forEachRemaining(b -> {
                    if (d.contains(entities, b.getObject(), RDF.type.asNode(), NG.Paper)) out.add(b.getObject().getURI());
                });
            });
            return out;
        });
    }

    /** Every good note built, its papers found and linked. */
    static void assertGoodNotesBuilt(NoteStore store, String prefix) {
        for (Good g : GOOD) {
            String path = prefix + g.path();
            assertThat(store.graphNames()).as("good note %s built", path).contains(MINTER.note(path));
            assertThat(papersOf(store, path)).as("papers of good note %s", path).containsAll(g.papers());
        }
    }

    /** Exports Turtle and parses it back with Jena RIOT and with rdf4j; both must see every statement. */
    static void assertTurtleParses(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new Exporter(Prefixes.standard(Namespaces.DEFAULT_BASE)).write(dsg, Exporter.Format.TURTLE, out);
        assertTurtleParses(out.toByteArray(), written);
    }

    static void assertTurtleParses(byte[] turtle, long statements) {
        long jena = RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).toGraph().size();
        assertThat(jena).as("statements RIOT reads back").isEqualTo(statements);
        try (InputStream in = new ByteArrayInputStream(turtle)) {
            Model model = Rio.parse(in, "", RDFFormat.TURTLE);
            assertThat((long) model.size()).as("statements rdf4j reads back").isEqualTo(statements);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ one input, one build

    /** The diagnostics about a file: by its path relative to the build folder, or by its absolute path's end. */
    static List<Diagnostic> about(BuildReport report, String file) {
        return report.diagnostics().stream()
                .filter(d -> d.file().equals(file) || d.file().endsWith("/" + file)).toList();
    }

    static void assertNamed(List<Diagnostic> found, Diagnostic.Severity severity, Case c) {
        assertThat(found).as("%s diagnostic naming %s", severity, c.file())
                .anySatisfy(d -> {
                    assertThat(d.severity()).isEqualTo(severity);
                    assertThat(d.message().toLowerCase(Locale.ROOT)).contains(c.message().toLowerCase(Locale.ROOT));
                    if (c.line() > 0) assertThat(d.line()).as("line of %s", d).isEqualTo(c.line());
                    if (c.line() < 0) assertThat(d.line()).as("line of %s", d).isPositive();
                });
    }

    static void checkCase(Case c, BuildReport report, NoteStore store) {
        List<Diagnostic> found = about(report, c.file());
        boolean built = store.graphNames().contains(MINTER.note(c.file()));
        switch (c.expect().resolved()) {
            case BUILT -> {
                assertThat(built).as("%s built; diagnostics %s", c.file(), found).isTrue();
                assertThat(found).as("errors about %s", c.file()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
            }
            case WARNED -> {
                assertThat(built).as("%s built; diagnostics %s", c.file(), found).isTrue();
                assertNamed(found, Diagnostic.Severity.WARNING, c);
            }
            case SKIPPED -> {
                assertThat(built).as("%s not built", c.file()).isFalse();
                assertNamed(found, Diagnostic.Severity.ERROR, c);
            }
            case BUILT_OR_SKIPPED -> {
                if (!built) assertNamed(found, Diagnostic.Severity.ERROR, c);
            }
            case NOT_A_NOTE -> assertNamed(found, Diagnostic.Severity.WARNING, c);
            default -> throw new IllegalStateException();
        }
        assertGoodNotesBuilt(store, "");
        if (c.extra() != null) c.extra().check(store, report);
        assertTurtleParses(store.datasetGraph());
    }

    static Path corpusWithGood(Path folder) throws IOException {
        for (Good g : GOOD) {
            Path f = folder.resolve(g.path());
            Files.createDirectories(f.getParent());
            Files.writeString(f, g.text());
        }
        return folder;
    }

    /** Builds one input beside the good notes, within its time limit; returns what went wrong, or null. */
    static String tryCase(Case c, int index) {
        Path dir = tmp.resolve("case-" + index);
        Path notes = dir.resolve("notes");
        Path db = dir.resolve("db");
        try {
            corpusWithGood(notes);
            c.writer().write(notes);
            BuildReport report = assertTimeoutPreemptively(c.limit(), () -> new Builder()
                    .build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE), c.name() + " built in time");
            try (NoteStore store = Stores.openExisting(db)) {
                checkCase(c, report, store);
            } finally {
                release(db);
            }
            return null;
        } catch (Throwable e) {
            return String.valueOf(e);
        }
    }

    /** Lets go of a store this JVM has finished with (TDB2 keeps each location open otherwise). */
    static void release(Path db) {
        try (NoteStore store = Stores.openExisting(db)) {
            TDBInternal.expel(store.datasetGraph());
        } catch (RuntimeException e) {
            // already gone
        }
    }

    // ------------------------------------------------------------------ the command line

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) notes, (\\d+) skipped, (\\d+) papers, (\\d+) mentions");

    /**
     * All inputs in one folder through {@code notegraph build}, then {@code notegraph export}; records what
     * went wrong by input. The two heaviest inputs are left to their own builds, to keep the test short.
     */
    static void cliCorpus(List<Case> all, Map<String, List<String>> lost) throws IOException {
        List<Case> cases = all.stream().filter(c -> !c.limit().equals(HEAVY)).toList();
        Path notes = corpusWithGood(tmp.resolve("corpus/notes"));
        for (Case c : cases) c.writer().write(notes);
        Path db = tmp.resolve("corpus/db");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> CliRunner.run("build", "--db", db.toString(), notes.toString()),
                "the whole corpus built in time");
        if (r.code() != 0) lose(lost, "cli", "build exit " + r.code() + "\n" + r.err());
        Matcher m = SUMMARY.matcher(r.out());
        if (!m.find()) lose(lost, "cli", "no summary line in " + r.out());
        for (Case c : cases) {
            boolean named = r.err().lines().anyMatch(l -> l.startsWith(c.file()) || l.contains("/" + c.file() + ":"));
            Expect expect = c.expect().resolved();
            boolean mustName = expect == Expect.WARNED || expect == Expect.SKIPPED || expect == Expect.NOT_A_NOTE;
            if (mustName && !named) lose(lost, c.name(), "cli build: not named in standard error");
            if (mustName && c.line() > 0 && r.err().lines().noneMatch(l -> l.startsWith(c.file() + ":" + c.line() + ":"))) {
                lose(lost, c.name(), "cli build: not named with line " + c.line());
            }
        }
        long statements;
        try (NoteStore store = Stores.openExisting(db)) {
            assertGoodNotesBuilt(store, "");
            for (Case c : cases) {
                Expect expect = c.expect().resolved();
                boolean built = store.graphNames().contains(MINTER.note(c.file()));
                if ((expect == Expect.BUILT || expect == Expect.WARNED) && !built) lose(lost, c.name(), "cli build: not built");
                if (expect == Expect.SKIPPED && built) lose(lost, c.name(), "cli build: built");
            }
            statements = new Exporter(Prefixes.standard(Namespaces.DEFAULT_BASE))
                    .write(store.datasetGraph(), Exporter.Format.TURTLE, OutputStream.nullOutputStream());
        } finally {
            release(db);
        }
        Path ttl = tmp.resolve("corpus/export.ttl");
        Run e = CliRunner.run("export", "--db", db.toString(), "-o", ttl.toString());
        if (e.code() != 0) lose(lost, "cli", "export exit " + e.code() + " " + e.err());
        try {
            assertTurtleParses(Files.readAllBytes(ttl), statements);
        } catch (AssertionError | RuntimeException x) {
            lose(lost, "cli", "exported Turtle: " + x);
        }
        System.out.println("  hostile corpus through the CLI: " + (m.find(0) ? m.group(0) : "?") + ", exit " + r.code());
    }

    static void lose(Map<String, List<String>> lost, String who, String what) {
        lost.computeIfAbsent(who, k -> new ArrayList<>()).add(what);
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void everyHostileInputIsSurvived() throws IOException {
        List<Case> cases = selected();
        assertThat(cases).as("the sample names inputs that exist").hasSize(allInputs() ? cases().size() : SAMPLE.size());
        Map<String, List<String>> lost = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        // two builds at a time (each build is mostly one thread); each still has its own time limit
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int index = i;
            results.add(pool.submit(() -> {
                long t = System.nanoTime();
                String problem = tryCase(cases.get(index), index);
                return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9) + (problem == null ? "" : "\n" + problem);
            }));
        }
        pool.shutdown();
        for (int i = 0; i < cases.size(); i++) {
            String r;
            try {
                r = results.get(i).get();
            } catch (InterruptedException | ExecutionException e) {
                r = "? s\n" + e;
            }
            String[] timeAndProblem = r.split("\n", 2);
            if (timeAndProblem.length > 1) lose(lost, cases.get(i).name(), timeAndProblem[1]);
            System.out.printf(Locale.ROOT, "  %-32s %s %s%n", cases.get(i).name(), timeAndProblem.length > 1 ? "LOST" : "survived", timeAndProblem[0]);
        }
        System.out.println("  (unreadable: chmod 000 " + (Boolean.TRUE.equals(chmodBlocksReads)
                ? "stops reading here, so the note must be reported and skipped)" : "does not stop this process reading (root), so the note must be built)"));
        try {
            cliCorpus(cases, lost);
        } catch (Throwable e) {
            lose(lost, "cli", String.valueOf(e));
        }
        String big = allInputs() ? bigNoteWithRaisedLimit() : null;
        if (big != null) lose(lost, "50-MB-with-raised-limit", big);
        int tried = cases.size() + (allInputs() ? 1 : 0);
        long lostInputs = lost.keySet().stream().filter(k -> !k.equals("cli")).count();
        int builds = cases.size() + (allInputs() ? 2 : 1);
        System.out.printf(Locale.ROOT, "hostile inputs: tried %d, survived %d, lost %d (good notes built: %d/%d in each of %d builds; %.0f s)%n",
                tried, tried - lostInputs, lostInputs, GOOD.size(), GOOD.size(), builds, (System.nanoTime() - t0) / 1e9);
        lost.forEach((who, what) -> System.out.println("  lost " + who + ": " + what));
        assertThat(lost).as("inputs lost, and command-line failures under \"cli\"").isEmpty();
    }

    /** The 50 MB note, refused by the default limit above, is read and built when the limit is raised. */
    static String bigNoteWithRaisedLimit() {
        try {
            Path notes = corpusWithGood(tmp.resolve("big/notes"));
            writeBigNote(notes);
            Path db = tmp.resolve("big/db");
            long t = System.nanoTime();
            Run r = assertTimeoutPreemptively(LARGE, () -> CliRunner.run("build", "--max-note-bytes", Long.toString(64L << 20), "--db", db.toString(),
                    notes.toString()), "50 MB note built in time");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(" 0 skipped");
            assertThat(r.err()).doesNotContain("h/huge.md");
            try (NoteStore store = Stores.openExisting(db)) {
                assertGoodNotesBuilt(store, "");
                assertThat(papersOf(store, "h/huge.md")).as("papers at the start and the very end of the 50 MB note")
                        .contains(PAPER + "arxiv/1706.03762", PAPER + "arxiv/1412.6980");
                assertTurtleParses(store.datasetGraph());
            } finally {
                release(db);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "  %-32s survived %.1f s (heap: max %d MB)%n", "50-MB-with-raised-limit",
                    (System.nanoTime() - t) / 1e9, rt.maxMemory() >> 20);
            return null;
        } catch (Throwable e) {
            return "50-MB-with-raised-limit: " + e;
        }
    }
}
