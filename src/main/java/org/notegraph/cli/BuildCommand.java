package org.notegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;
import org.notegraph.model.Namespaces;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;
import org.notegraph.pipeline.NoteWatcher;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.validate.ValidationResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph build NOTES...}: notes into the store, validated, with a one-line summary. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the graph from notes (folders recursively, or files) into the TDB2 store.")
public final class BuildCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin EnrichOptions enrichment;

    @Parameters(paramLabel = "NOTES", arity = "1..*", description = "Folders (searched recursively) and note files.")
    List<Path> inputs;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Also read files matching GLOB in folders (repeatable), e.g. '*.txt'. Default: *.md, *.markdown.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", description = "Base of the instance IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = Namespaces.DEFAULT_BASE)
    String base;

    @Option(names = "--strict", description = "Exit with code 3 when validation finds violations.")
    boolean strict;

    @Option(names = "--max-note-bytes", paramLabel = "N", description = "Skip notes larger than N bytes (default: 16 MiB).")
    long maxNoteBytes;

    @Option(names = "--url-rules", paramLabel = "FILE", description = "Extra URL rules (TSV, as url-rules.tsv), tried first.")
    List<Path> urlRules = new ArrayList<>();

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to validate with instead of the built-in ones.")
    Path shapes;

    @Option(names = "--vocab", paramLabel = "FILE.ttl",
            description = "Your own SKOS concepts (ng:Method, ng:Phenomenon, ng:Dataset, ng:Task), repeatable; *.ttl files in a notes folder are read too.")
    List<Path> vocab = new ArrayList<>();

    @Option(names = "--library", paramLabel = "FILE",
            description = "Your reference library (BibTeX .bib or CSL-JSON .json, e.g. a Better BibTeX export), repeatable; "
                    + "[@key] citations and notes named by a citation key resolve against it. Library files lying in a notes folder are read too.")
    List<Path> library = new ArrayList<>();

    @Option(names = "--watch", description = "After the build, follow the notes folders and rebuild incrementally on every change (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--enrich", description = "After the build, run `notegraph enrich` (the network is used only with this option; see --sources, --contact, --cache).")
    boolean enrich;

    @Option(names = "--no-validate", description = "Skip SHACL validation (run `notegraph validate` later).")
    boolean noValidate;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary line.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print every validation result, warnings included.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UserErrors.requireExisting("NOTES are folders of notes and note files", inputs);
        UserErrors.requireExisting("--library", library);
        UserErrors.requireExisting("--url-rules", urlRules);
        UserErrors.requireExisting("--vocab", vocab);
        if (shapes != null) UserErrors.requireExisting("--shapes", List.of(shapes));
        UserErrors.requireStoreFolder(store.db);
        var enrichSettings = enrich ? enrichment.settings(store.db) : null;
        BuildOptions options = new BuildOptions(inputs, includes, base, store.db, maxNoteBytes, urlRules, shapes, vocab, library);
        Diagnostics diagnostics = new Diagnostics();
        BuildReport report;
        try (ProgressReporter progress = new ProgressReporter(!quiet && System.console() != null)) {
            report = new Builder().build(options, diagnostics, progress, !noValidate);
        }
        for (Diagnostic d : report.diagnostics()) err.println(d.format());
        if (report.validation() != null) printValidation(report.validation(), err, verbose);
        out.println(report.summary());
        out.flush();
        boolean violations = report.validation() != null && !report.validation().conforms();
        if (enrich) {
            int code;
            try (NoteStore s = Stores.open(options.db())) {
                code = EnrichCommand.run(new org.notegraph.enrich.Enricher(enrichSettings), s, out, err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.INTERNAL_ERROR;
            }
            if (code != ExitCodes.OK && !watch) return code;
        }
        if (watch) return watch(options, out, err);
        return strict && violations ? ExitCodes.VALIDATION_FAILED : ExitCodes.OK;
    }

    private Integer watch(BuildOptions options, PrintWriter out, PrintWriter err) {
        try (NoteStore store = Stores.open(options.db());
             NoteWatcher watcher = new NoteWatcher(options, store, r -> {
                 for (Diagnostic d : r.diagnostics()) err.println(d.format());
                 out.printf(java.util.Locale.ROOT, "rebuilt in %.1f s: %s%n", r.seconds(), r.changes());
                 out.flush();
                 err.flush();
             }, e -> {
                 err.println("notegraph: rebuild failed (" + e + "); still watching");
                 err.flush();
             }).start()) {
            out.println("watching " + options.inputs() + " (Ctrl-C stops)");
            out.flush();
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            err.println("notegraph: cannot watch: " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        return ExitCodes.OK;
    }

    static void printValidation(ValidationResults results, PrintWriter err, boolean all) {
        for (ValidationResults.Result r : results.results()) {
            if (all || r.severity().equals("Violation")) err.println(r.format());
        }
    }

    /** A terminal progress bar for the notes being read, shown only on a console. */
    private static final class ProgressReporter implements Builder.Progress, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        ProgressReporter(boolean enabled) { this.enabled = enabled; }

        @Override
        public void started(int notes) {
            if (enabled && notes >= 20) {
                bar = new ProgressBarBuilder().setTaskName("notes").setInitialMax(notes)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build();
            }
        }

        @Override
        public synchronized void noteDone() { if (bar != null) bar.step(); }

        @Override
        public void storing() { if (bar != null) bar.setExtraMessage("storing"); }

        @Override
        public void close() { if (bar != null) bar.close(); }
    }
}
