package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.notegraph.export.Exporter;
import org.notegraph.model.Namespaces;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph export}: the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph. Turtle and N-Triples hold the union of all graphs; TriG, N-Quads and JSON-LD keep the named graphs.")
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nt, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Namespaces.DEFAULT_BASE,
            description = "The instance base, written as the kg: prefix (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt;
        try {
            fmt = Exporter.format(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("notegraph: unknown format '" + format + "' (turtle, trig, nt, nq, jsonld)");
            return ExitCodes.USAGE;
        }
        try (NoteStore s = Stores.openExisting(store.db);
             OutputStream out = output == null ? new BufferedOutputStream(System.out) { @Override public void close() { try { flush(); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } } }
                     : new BufferedOutputStream(Files.newOutputStream(output))) {
            new Exporter(Prefixes.standard(base)).write(s.datasetGraph(), fmt, out);
        }
        return ExitCodes.OK;
    }
}
