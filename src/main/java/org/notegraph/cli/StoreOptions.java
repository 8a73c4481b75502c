package org.notegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = ".notegraph/db")
    Path db;
}
