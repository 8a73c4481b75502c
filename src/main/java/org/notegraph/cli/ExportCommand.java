package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.notegraph.export.Bibliography;
import org.notegraph.export.Exporter;
import org.notegraph.model.Namespaces;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.rdf.Prefixes;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph export}: the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD, or its papers as BibTeX or CSL-JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph, or its papers as a bibliography. Turtle and N-Triples hold the union of all graphs; "
                + "TriG, N-Quads and JSON-LD keep the named graphs; bibtex and csljson list the papers (all, or those a --query names).")
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nt, nq, jsonld, bibtex or csljson (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Namespaces.DEFAULT_BASE,
            description = "The instance base, written as the kg: prefix (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--query", paramLabel = "NAME|FILE.rq",
            description = "bibtex and csljson: only the papers this named query's results name (in any column).")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a variable of --query to a text value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Optional<Bibliography.Format> bib = Bibliography.format(format);
        Exporter.Format fmt = null;
        if (bib.isEmpty()) {
            try {
                fmt = Exporter.format(format);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("notegraph: unknown format '" + format + "' (turtle, trig, nt, nq, jsonld, bibtex, csljson)");
                return ExitCodes.USAGE;
            }
            if (query != null) {
                spec.commandLine().getErr().println("notegraph: --query works with --format bibtex or csljson only");
                return ExitCodes.USAGE;
            }
        }
        Optional<String> queryText = query == null ? Optional.empty() : NamedQueries.load(query);
        if (query != null && queryText.isEmpty()) {
            spec.commandLine().getErr().println("notegraph: unknown query '" + query + "' (named queries: "
                    + String.join(", ", NamedQueries.SHIPPED) + "; or give a .rq file)");
            return ExitCodes.USAGE;
        }
        try (NoteStore s = Stores.openExisting(store.db)) {
            Set<String> only = null;
            if (queryText.isPresent()) {
                try {
                    only = new QueryRunner(s.datasetGraph(), 60).iris(queryText.get(), params);
                } catch (QueryParseException | IllegalArgumentException e) {
                    spec.commandLine().getErr().println("notegraph: query '" + query + "' cannot select papers: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
            try (OutputStream out = output == null ? new BufferedOutputStream(System.out) { @Override public void close() { try { flush(); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } } }
                    : new BufferedOutputStream(Files.newOutputStream(output))) {
                if (bib.isPresent()) {
                    int n = new Bibliography().write(s.datasetGraph(), bib.get(), only, out);
                    if (n == 0 && query != null) spec.commandLine().getErr().println("notegraph: query '" + query + "' names no paper; the bibliography is empty");
                }
                else new Exporter(Prefixes.standard(base)).write(s.datasetGraph(), fmt, out);
            }
        }
        return ExitCodes.OK;
    }
}
