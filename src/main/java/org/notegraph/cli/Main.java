package org.notegraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code notegraph} command line: a thin shell over the pipeline's stages. */
@Command(name = "notegraph", mixinStandardHelpOptions = true, version = "notegraph 0.1.0",
        description = "Turns a folder of Markdown research notes into a validated RDF knowledge graph.",
        subcommands = {HelpCommand.class, BuildCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, ExplainIdentityCommand.class, ServeCommand.class, DemoCommand.class,
                DoctorCommand.class, DiffCommand.class, GapsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug, or a store that cannot be opened)",
                "2:usage error (unknown option, query or format)", "3:validation failed (SHACL violations, or doctor found the store inconsistent)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("notegraph: error: " + ex.getMessage());
            if (System.getenv("NOTEGRAPH_DEBUG") != null) ex.printStackTrace(line.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
