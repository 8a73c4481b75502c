package org.notegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import org.notegraph.validate.NoteValidator;
import org.notegraph.validate.ValidationResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph validate}: SHACL over the store, each result as {@code note-file:line}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store with the SHACL shapes; print each result as note-file:line. Exit 3 on violations.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to use instead of the built-in ones.")
    Path shapes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NoteValidator validator = shapes == null ? NoteValidator.defaults() : NoteValidator.fromFile(shapes.toString());
        ValidationResults results;
        try (NoteStore s = Stores.openExisting(store.db)) {
            results = s.read(d -> validator.validate(d.getUnionGraph()));
        }
        for (ValidationResults.Result r : results.results()) out.println(r.format());
        out.println(results.conforms() ? "conforms: " + results.summary() : "does not conform: " + results.summary());
        return results.conforms() ? ExitCodes.OK : ExitCodes.VALIDATION_FAILED;
    }
}
