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
                DoctorCommand.class, DiffCommand.class, GapsCommand.class, EnrichCommand.class, MapCommand.class,
                PublishCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success",
                "1:the store cannot be opened (missing, locked by another process, damaged), the port is in use, every enrich lookup failed, or an internal error",
                "2:usage error (unknown option, query, format or --param; a notes folder or file that does not exist)",
                "3:validation failed (SHACL violations, or doctor found the store inconsistent)",
                "4:a query ran past its time limit (--timeout) and was stopped",
                "5:a remote store (publish --to, query --endpoint, serve --endpoint) refused a request or could not be reached"})
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
            Object store = line.getMixins().get("store");
            UserErrors.Answer answer = UserErrors.answer(ex, store instanceof StoreOptions o ? o.db : null);
            line.getErr().println("notegraph: " + answer.message());
            if (System.getenv("NOTEGRAPH_DEBUG") != null) ex.printStackTrace(line.getErr());
            return answer.exitCode();
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
