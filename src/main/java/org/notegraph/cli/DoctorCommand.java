package org.notegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.notegraph.pipeline.StoreDoctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code notegraph doctor [NOTES...]}: is the store what a build of these notes leaves, and how to repair it. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the store's consistency (one ng:Note per note graph with its path and hash, mentions linked to papers, "
                + "entities, ontology and vocabulary graphs present) and, given the notes, that each file is the one built.",
                "Exit 0 when consistent, 3 when not, 1 when the store cannot be opened."})
public final class DoctorCommand implements Callable<Integer> {
    /** Problems printed one per line; past this many, only counted. */
    static final int MAX_LINES = 1000;

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "NOTES", arity = "0..*", description = "The folders and files the store was built from (optional).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB", description = "Also read files matching GLOB in folders, as build does (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--max-note-bytes", paramLabel = "N", description = "The limit the build used (default: 16 MiB).")
    long maxNoteBytes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        UserErrors.requireExisting("NOTES are the folders and files the store was built from", inputs);
        StoreDoctor.Report r = new StoreDoctor(maxNoteBytes).check(store.db, inputs, includes);
        String rebuild = "notegraph build " + (inputs.isEmpty() ? "NOTES" : inputs.stream().map(DoctorCommand::quoted)
                .collect(Collectors.joining(" "))) + includes.stream().map(g -> " --include " + quoted(g)).collect(Collectors.joining())
                + " --db " + quoted(store.db.toString());
        if (r.status() == StoreDoctor.Status.CANNOT_OPEN) {
            out.println(store.db + ": cannot open the store: " + r.cannotOpen());
            if (r.locked()) {
                out.println("to repair: another process (a build, or a server) is using the store; let it finish or stop it, then try again");
            } else if (r.cannotOpen().startsWith("no store at")) {
                out.println("to repair: build it: `" + rebuild + "`");
            } else {
                out.println("to repair: the store is damaged: delete " + store.db + " and rebuild it: `" + rebuild + "`");
            }
            return ExitCodes.INTERNAL_ERROR;
        }
        int shown = 0;
        for (StoreDoctor.Problem p : r.problems()) {
            if (shown++ < MAX_LINES) out.println(p.format());
        }
        if (shown > MAX_LINES) out.println("... and " + (shown - MAX_LINES) + " more problems");
        for (StoreDoctor.Problem n : r.notices()) out.println(n.format() + " (not a problem)");
        String counts = r.graphs() + " graphs, " + r.notes() + " note graphs" + (inputs.isEmpty() ? "" : ", " + r.files() + " note files");
        if (r.status() == StoreDoctor.Status.CONSISTENT) {
            out.println("store " + store.db + ": " + counts + "; consistent");
            return ExitCodes.OK;
        }
        out.println("store " + store.db + ": " + counts + "; " + r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s"));
        out.println("to repair: rebuild the store from the notes: `" + rebuild + "`; if the store cannot be opened, delete "
                + store.db + " and rebuild");
        return ExitCodes.VALIDATION_FAILED;
    }

    private static String quoted(Object o) {
        String s = o.toString();
        return s.matches("[\\w./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
