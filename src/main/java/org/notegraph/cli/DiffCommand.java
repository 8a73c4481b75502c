package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.diff.DiffException;
import org.notegraph.diff.DiffReport;
import org.notegraph.diff.JsonReport;
import org.notegraph.diff.NotesRepository;
import org.notegraph.diff.PatchWriter;
import org.notegraph.diff.Revision;
import org.notegraph.diff.RevisionDiff;
import org.notegraph.diff.StoreDiff;
import org.notegraph.diff.TextReport;
import org.notegraph.model.Namespaces;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph diff REV1 [REV2] [NOTES]}: what changed in the graph between two revisions of
 * the notes' git history (REV2 omitted: the working tree), as text, JSON or an RDF Patch.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed in the graph between two revisions of the notes in git: notes, papers, relations and claims "
                + "added, removed and changed. Both revisions are built into temporary stores; the working tree and the store's graphs "
                + "are not touched (the builds share the --db store's extraction cache when that store exists).",
                "REV2 omitted: the working tree (the notes folder as it is on disk, uncommitted edits included). "
                        + "With two arguments the second is NOTES when it is a folder, else REV2."})
public final class DiffCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "REV1 [REV2] [NOTES]", arity = "1..3",
            description = "Revisions as git names them (HEAD~1, a branch, a tag, a commit id), and the notes folder inside a git "
                    + "working tree (default: the current folder).")
    List<String> arguments;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or patch (an RDF Patch that turns the first store into the second) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--include", paramLabel = "GLOB", description = "Also read files matching GLOB, as for build (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--library", paramLabel = "FILE", description = "Your reference library, as for build (repeatable).")
    List<Path> library = new ArrayList<>();

    @Option(names = "--vocab", paramLabel = "FILE.ttl", description = "Your own SKOS concepts, as for build (repeatable).")
    List<Path> vocab = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base of the instance IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = Namespaces.DEFAULT_BASE)
    String base;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "patch").contains(format)) {
            err.println("notegraph: unknown diff format '" + format + "' (text, json, patch)");
            return ExitCodes.USAGE;
        }
        String rev1 = arguments.get(0);
        String rev2 = null;
        Path notes = Path.of(".");
        if (arguments.size() == 3) {
            rev2 = arguments.get(1);
            notes = Path.of(arguments.get(2));
        } else if (arguments.size() == 2) {
            if (Files.isDirectory(Path.of(arguments.get(1)))) notes = Path.of(arguments.get(1));
            else rev2 = arguments.get(1);
        }
        Path cache = Files.isDirectory(store.db) ? Builder.cacheFolder(store.db) : Files.createTempDirectory("notegraph-diff-cache-");
        try (NotesRepository repository = NotesRepository.open(notes)) {
            Revision from = repository.resolve(rev1);
            Revision to = rev2 == null ? Revision.workingTree() : repository.resolve(rev2);
            Builder builder = new Builder().withSharedCache(cache);
            RevisionDiff diff = new RevisionDiff(repository, (folder, target) -> {
                Diagnostics diagnostics = new Diagnostics();
                BuildOptions options = new BuildOptions(List.of(folder), includes, base, target.location(), 0, List.of(), null, vocab, library);
                builder.build(options, target, diagnostics, Builder.Progress.NONE, false);
                for (Diagnostic d : diagnostics.all()) {
                    if (d.severity() == Diagnostic.Severity.ERROR) err.println(d.format());
                }
            });
            try (OutputStream out = open()) {
                diff.run(from, to, (a, b) -> {
                    if (format.equals("patch")) {
                        PatchWriter.write(a, b, out);
                    } else {
                        DiffReport report = new DiffReport(from, to, repository.notesPrefix(), new StoreDiff(base).compare(a, b));
                        if (format.equals("json")) JsonReport.write(report, out);
                        else TextReport.write(report, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
                    }
                    return null;
                });
            }
        } catch (DiffException e) {
            err.println("notegraph: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            if (!cache.startsWith(store.db)) deleteQuietly(cache);
        }
        return ExitCodes.OK;
    }

    private OutputStream open() throws IOException {
        if (output != null) return new BufferedOutputStream(Files.newOutputStream(output));
        return new BufferedOutputStream(System.out) {
            @Override
            public void close() throws IOException { flush(); }
        };
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary cache costs only disk space
        }
    }
}
