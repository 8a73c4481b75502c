package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.notegraph.validate.NoteValidator;
import org.notegraph.validate.ValidationResults;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.export.Exporter;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * An incremental build after any sequence of edits, additions, renames and deletions gives exactly
 * the dataset a build from scratch gives, and re-extracts only what changed.
 */
class IncrementalBuildTest {
    @TempDir Path tmp;

    private static final String[] LINES = {
        "- We propose FooNet, which outperforms LSTM [FooNet: Fast Recurrent Nets](https://arxiv.org/abs/2101.00001)\n",
        "- Double descent is not always present according to [this paper](https://openreview.net/pdf?id=H1gBsgBYwH)\n",
        "- A new look at GAN training via spectral normalization [Stable GANs](https://arxiv.org/abs/2101.00002)\n",
        "### [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\nThe Transformer uses self-attention only.\n",
        "- [Deep Residual Learning for Image Recognition](https://doi.org/10.1109/CVPR.2016.90) [code](https://github.com/x/y)\n",
        "- Adam again [Adam: A Method for Stochastic Optimization](https://arxiv.org/pdf/1412.6980v9.pdf)\n",
    };

    private static String export(NoteStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(Prefixes.standard(null)).write(store.datasetGraph(), Exporter.Format.NQ, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private BuildReport build(Path notes, NoteStore store) {
        return new Builder().build(BuildOptions.of(List.of(notes), store.location()), store, new Diagnostics(),
                Builder.Progress.NONE, false);
    }

    /** One random change to the notes: add, append, retitle, rename or delete; says what it did. */
    private static String edit(Path notes, Random random, int step) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(notes)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        String what;
        Path target = files.isEmpty() ? null : files.get(random.nextInt(files.size()));
        switch (files.isEmpty() ? 0 : random.nextInt(5)) {
            case 0 -> {
                Path p = notes.resolve("new-" + step + ".md");
                Files.writeString(p, "# New " + step + "\n\n" + LINES[random.nextInt(LINES.length)]);
                what = "add " + p.getFileName();
            }
            case 1 -> {
                Files.writeString(target, Files.readString(target) + "\n" + LINES[random.nextInt(LINES.length)]);
                what = "append to " + target.getFileName();
            }
            case 2 -> {
                String text = Files.readString(target);
                Files.writeString(target, text.replaceFirst("\\[[^\\]]+\\]\\(", "[A Renamed Title " + step + "]("));
                what = "retitle in " + target.getFileName();
            }
            case 3 -> {
                Path to = target.resolveSibling("renamed-" + step + ".md");
                Files.move(target, to);
                what = "rename " + target.getFileName() + " to " + to.getFileName();
            }
            default -> {
                Files.delete(target);
                what = "delete " + target.getFileName();
            }
        }
        return what;
    }

    private String cleanBuild(Path notes, int step) {
        try (NoteStore clean = Stores.open(tmp.resolve("clean-" + step))) {
            build(notes, clean);
            return export(clean);
        }
    }

    @Test
    void randomEditSequencesGiveTheCleanBuildResult() throws IOException {
        long seed = Long.getLong("notegraph.seed", 20261123L);
        Random random = new Random(seed);
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        for (Path p : List.of(Path.of("examples/notes/reading-group-2024-spring.md"), Path.of("examples/notes/nas-notes.md"),
                Path.of("src/test/resources/notes/awesome-list.md"), Path.of("src/test/resources/notes/heading-links.md"))) {
            Files.copy(p, notes.resolve(p.getFileName()));
        }
        Files.createDirectories(notes.resolve("sub"));
        Files.writeString(notes.resolve("sub/extra.md"), "# Extra\n\n" + LINES[0]);
        int steps = 14;
        int checked = 0;
        try (NoteStore store = Stores.open(tmp.resolve("incremental"))) {
            build(notes, store);
            for (int step = 0; step < steps; step++) {
                String what = edit(notes, random, step);
                BuildReport report = build(notes, store);
                assertThat(report.notesExtracted()).as(what).isLessThanOrEqualTo(1);
                assertThat(export(store)).as("seed " + seed + ", step " + step + ": " + what).isEqualTo(cleanBuild(notes, step));
                checked++;
            }
            BuildReport unchanged = build(notes, store);
            assertThat(unchanged.notesExtracted()).isZero();
            assertThat(unchanged.notesRewritten()).isZero();
        }
        System.out.println("incremental builds compared with clean builds: " + checked + " (seed " + seed + ")");
        assertThat(checked).isEqualTo(steps);
    }

    /**
     * A validated incremental build reports what a full validation of the store finds (it checks
     * only what changed and keeps the earlier results for the rest) and the store's quad count (kept
     * from what each build writes).
     */
    @Test
    void incrementalValidationAndQuadCountEqualTheWholeStoreOnes() throws IOException {
        Random random = new Random(Long.getLong("notegraph.seed", 20261203L));
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        for (Path p : List.of(Path.of("examples/notes/reading-group-2024-spring.md"), Path.of("examples/notes/nas-notes.md"),
                Path.of("src/test/resources/notes/awesome-list.md"))) {
            Files.copy(p, notes.resolve(p.getFileName()));
        }
        Files.writeString(notes.resolve("untitled.md"), "# Untitled\n\n" + LINES[1]);
        NoteValidator full = NoteValidator.defaults();
        int withResults = 0;
        try (NoteStore store = Stores.open(tmp.resolve("validated"))) {
            for (int step = 0; step < 10; step++) {
                String what = step == 0 ? "first build" : edit(notes, random, step);
                BuildReport report = new Builder().build(BuildOptions.of(List.of(notes), store.location()), store,
                        new Diagnostics(), Builder.Progress.NONE, true);
                assertThat(report.quads()).as("step %d, %s: quad count", step, what).isEqualTo(store.quadCount());
                ValidationResults whole = store.read(d -> full.validate(d.getUnionGraph()));
                assertThat(report.validation().results()).as("step %d, %s: validation", step, what).isEqualTo(whole.results());
                if (!whole.results().isEmpty()) withResults++;
            }
        }
        assertThat(withResults).as("steps whose store has validation results to keep or drop").isPositive();
    }

    /**
     * A build through the bulk loader (a fresh store streamed from graphs made one at a time)
     * stores what a transactional build stores, reports the store's quad count and indexes the
     * titles; the incremental builds after it go on from there.
     */
    @Test
    void aBulkLoadedBuildGivesTheCleanBuildResultAndQuadCount() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes-bulk"));
        for (Path p : List.of(Path.of("examples/notes/reading-group-2024-spring.md"), Path.of("examples/notes/nas-notes.md"),
                Path.of("src/test/resources/notes/awesome-list.md"))) {
            Files.copy(p, notes.resolve(p.getFileName()));
        }
        Random random = new Random(20261204L);
        Path db = tmp.resolve("bulk");
        for (int step = 0; step < 4; step++) {
            String what = step == 0 ? "first build" : edit(notes, random, step);
            String clean = cleanBuild(notes, 100 + step);
            System.setProperty("notegraph.bulkLoadMinQuads", "0");
            BuildReport report;
            try {
                report = new Builder().build(BuildOptions.of(List.of(notes), db), new Diagnostics(), Builder.Progress.NONE, true);
            } finally {
                System.clearProperty("notegraph.bulkLoadMinQuads");
            }
            try (NoteStore store = Stores.open(db)) {
                assertThat(report.quads()).as("step %d, %s: quad count", step, what).isEqualTo(store.quadCount());
                assertThat(export(store)).as("step %d, %s", step, what).isEqualTo(clean);
                long found = store.read(d -> {
                    try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.dataset(store.dataset())
                            .query("PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) WHERE { ?s text:query 'architecture' }")
                            .build()) {
                        return qe.execSelect().next().getLiteral("n").getLong();
                    }
                });
                assertThat(found).as("step %d: titles found in the text index", step).isPositive();
            }
        }
        try (NoteStore store = Stores.open(db)) {
            assertThat(dataFoldersOf(db)).as("the first build was bulk-loaded into a fresh data folder").doesNotContain("Data-0001");
        }
    }

    private static List<String> dataFoldersOf(Path db) throws IOException {
        try (Stream<Path> s = Files.list(db)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void aChangedNoteIsTheOnlyOneExtractedAndRewritten() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes2"));
        Files.writeString(notes.resolve("a.md"), LINES[3]);
        Files.writeString(notes.resolve("b.md"), LINES[4]);
        try (NoteStore store = Stores.open(tmp.resolve("db2"))) {
            BuildReport first = build(notes, store);
            assertThat(first.notesExtracted()).isEqualTo(2);
            Files.writeString(notes.resolve("b.md"), LINES[5]);
            BuildReport second = build(notes, store);
            assertThat(second.notesExtracted()).isEqualTo(1);
            assertThat(second.notesRewritten()).isEqualTo(1);
            Files.delete(notes.resolve("a.md"));
            BuildReport third = build(notes, store);
            assertThat(third.notesExtracted()).isZero();
            assertThat(third.graphsDropped()).isEqualTo(1);
            assertThat(store.graphNames()).noneMatch(g -> g.endsWith("/note/a.md"));
        }
    }
}
