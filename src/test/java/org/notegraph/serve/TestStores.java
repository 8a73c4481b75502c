package org.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;
import org.notegraph.diag.Diagnostics;

/**
 * Stores for the server tests, built from examples/notes plus a note full of HTML payloads
 * (src/test/resources/serve/xss-notes) and a note whose relations and claim the resource pages
 * show (src/test/resources/serve/relation-notes). Each call builds a fresh store in its own
 * folder, so a test that writes cannot change what another reads.
 */
final class TestStores {
    static final String BASE = "https://notegraph.example/";
    static final String ATTENTION = BASE + "paper/arxiv/1706.03762";
    static final String XSS_PAPER = BASE + "paper/arxiv/2101.00001";
    /** relation-probe.md: RidgeMixer, proposed by one paper, extends the Transformer (line 8). */
    static final String RIDGE_MIXER = BASE + "concept/ridgemixer";
    static final String TRANSFORMER = "https://w3id.org/notegraph/vocab/transformer";
    static final String RIDGE_PAPER = BASE + "paper/arxiv/2301.00011";
    static final String RIDGE_EXTENDS = BASE + "note/relation-probe.md/relation/8-2";
    /** relation-probe.md: a claim about grokking and weight decay that its paper disputes (line 12). */
    static final String DISPUTED_CLAIM = BASE + "note/relation-probe.md/claim/12-1";
    static final String DISPUTING_PAPER = BASE + "paper/arxiv/2301.00012";

    private TestStores() {}

    /**
     * Builds the example notes, the XSS probe and the relation probe (copied side by side into
     * {@code dir/notes}, so note paths are as in examples/notes) into {@code dir/db}; returns the
     * store folder.
     */
    static Path build(Path dir) {
        Path db = dir.resolve("db");
        Path notes = dir.resolve("notes");
        copyTree(Path.of("examples/notes"), notes);
        copyTree(Path.of("src/test/resources/serve/xss-notes"), notes);
        copyTree(Path.of("src/test/resources/serve/relation-notes"), notes);
        BuildReport report = new Builder().build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE);
        assertThat(report.mentions()).as("mentions built").isGreaterThan(40);
        return db;
    }

    /**
     * Lets another process open the store: TDB2 keeps a folder's connection (and its lock file)
     * for the life of the JVM unless it is expelled.
     */
    static void release(Path db) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
