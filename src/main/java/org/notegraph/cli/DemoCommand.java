package org.notegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;
import org.notegraph.diag.Diagnostics;
import org.notegraph.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code notegraph demo}: the example notes bundled in the jar, built into a store in the temp
 * folder and served read-only, so the first command a reader types shows the whole thing.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Build the bundled example notes into a store in the temp folder and serve them "
                + "(as `serve` does: Fuseki UI at /, pages at /home). Ctrl-C stops it."})
public final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServeCommand.ServerOptions server;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder for the demo (default: notegraph-demo/db in the temp folder; rebuilt each time).")
    Path db;

    /** Where the example notes are on the classpath (copied there from examples/notes by the build). */
    static final String EXAMPLES = "examples/notes";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = db != null ? db.toAbsolutePath().getParent()
                : Path.of(System.getProperty("java.io.tmpdir"), "notegraph-demo-" + System.getProperty("user.name", "user"));
        Path store = db != null ? db : root.resolve("db");
        Path notes = root.resolve("notes");
        int copied = copyExamples(notes);
        out.println("notegraph: building " + copied + " example notes from " + notes + " into " + store);
        out.flush();
        BuildReport report = new Builder().build(BuildOptions.of(List.of(notes), store), new Diagnostics(), Builder.Progress.NONE);
        out.println(report.summary());
        ServeOptions options = server.options(store, null, spec);
        if (options == null) return ExitCodes.USAGE;
        return server.run(options, store.toString(), spec);
    }

    /** Replaces {@code target} with the bundled example notes; returns how many files were copied. */
    static int copyExamples(Path target) throws IOException, URISyntaxException {
        URL url = DemoCommand.class.getClassLoader().getResource(EXAMPLES);
        if (url == null) throw new IllegalStateException("the example notes are not bundled (" + EXAMPLES + " missing from the classpath)");
        deleteTree(target);
        Files.createDirectories(target);
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return copyTree(fs.getPath("/" + EXAMPLES), target);
        }
        return copyTree(Path.of(uri), target);
    }

    private static int copyTree(Path from, Path to) throws IOException {
        int n = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    n++;
                }
            }
        }
        return n;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
