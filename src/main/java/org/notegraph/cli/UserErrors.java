package org.notegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryParseException;
import org.notegraph.query.QueryTimeoutException;
import org.notegraph.query.UnknownParameterException;
import org.notegraph.serve.PortInUseException;
import org.notegraph.store.StoreDamagedException;
import org.notegraph.store.StoreException;
import org.notegraph.store.StoreLockedException;
import org.notegraph.store.Stores;

/**
 * The one place where a failed command becomes what the user reads: one line saying what went
 * wrong and what to do, and the exit code. Commands throw {@link Mistake} for what they check
 * themselves (a missing notes folder, a bad option value); failures of the store, the server and
 * the query engine are recognised here by their types, instead of printing Jena's or Jetty's text.
 */
final class UserErrors {
    /** The main class by name: a class reference to Main would make a cycle (Main lists the commands, which use this class). */
    private static final String MAIN_CLASS = "org.notegraph.cli.Main";

    private UserErrors() {}

    /** A mistake in the command line that a command found before doing anything: exit 2 with this message. */
    static final class Mistake extends RuntimeException {
        Mistake(String message) { super(message); }
    }

    /** What to print (after {@code notegraph: }) and the exit code. */
    record Answer(int exitCode, String message) {}

    /** Fails with a {@link Mistake} naming the first of the paths that does not exist. */
    static void requireExisting(String what, List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) throw new Mistake("no such file or folder: " + p + " (" + what + ")");
        }
    }

    /**
     * Fails with a {@link Mistake} when {@code --db} names something a build must not write into:
     * a file, or a folder that holds other things but no store (a notes folder given as --db).
     */
    static void requireStoreFolder(Path db) {
        if (Files.exists(db) && !Files.isDirectory(db)) throw new Mistake("--db " + db + " is a file, not a store folder");
        if (Files.isDirectory(db) && !Stores.holdsStore(db)) {
            try (java.util.stream.Stream<Path> children = Files.list(db)) {
                if (children.findAny().isPresent()) {
                    throw new Mistake("--db " + db + " holds files but no notegraph store; give a new or empty folder, or the store's own");
                }
            } catch (java.io.IOException e) {
                throw new Mistake("cannot read --db " + db + ": " + e.getMessage());
            }
        }
    }

    /** The answer to a failure of a command working on the store at {@code db} (null when it has none). */
    static Answer answer(Exception e, Path db) {
        if (e instanceof Mistake) return new Answer(ExitCodes.USAGE, e.getMessage());
        if (e instanceof QueryParseException) return new Answer(ExitCodes.USAGE, "the query does not parse: " + e.getMessage());
        if (e instanceof UnknownParameterException u) {
            return new Answer(ExitCodes.USAGE, "unknown --param: " + u.getMessage() + "; --param NAME=VALUE binds one of them");
        }
        if (e instanceof QueryTimeoutException t) {
            return new Answer(ExitCodes.TIMEOUT, t.getMessage() + " and was stopped; give it longer with --timeout SECONDS, or narrow it");
        }
        if (e instanceof org.notegraph.publish.PublishException p) {
            return new Answer(ExitCodes.REMOTE_FAILED, p.getMessage()
                    + "; the graphs acknowledged so far are recorded, so running publish again sends only what is left");
        }
        if (e instanceof org.notegraph.query.RemoteQueryException r) return new Answer(ExitCodes.REMOTE_FAILED, r.getMessage());
        if (e instanceof PortInUseException p) {
            return new Answer(ExitCodes.UNAVAILABLE, "port " + p.port() + " on " + p.host()
                    + " is in use (is another server running there?); choose another with --port N, or --port 0 for a free one");
        }
        Exception explained = e instanceof RuntimeException r && db != null ? Stores.explain(r, db) : e;
        if (explained instanceof StoreLockedException l) return new Answer(ExitCodes.UNAVAILABLE, locked(l));
        if (explained instanceof StoreDamagedException d) {
            return new Answer(ExitCodes.UNAVAILABLE, d.getMessage() + "; run `notegraph doctor --db " + d.location()
                    + "` to check it and see how to repair it");
        }
        if (explained instanceof StoreException) return new Answer(ExitCodes.UNAVAILABLE, explained.getMessage());
        String m = e.getMessage();
        return new Answer(ExitCodes.INTERNAL_ERROR, "error: " + (m == null || m.isBlank() ? e.getClass().getName() : m));
    }

    /** Which process holds the store and what to do: stop it, or use another store. */
    static String locked(StoreLockedException l) {
        if (l.holder().isEmpty()) {
            return "the store " + l.location() + " is in use by another process (a build or a server); let it finish or stop it, "
                    + "or use another store with --db DIR";
        }
        long pid = l.holder().getAsLong();
        Optional<String> command = notegraphCommand(pid);
        String who = "process " + pid + command.map(c -> " (notegraph " + c + ")").orElse("");
        boolean server = command.filter(c -> c.equals("serve") || c.equals("demo")).isPresent();
        return "the store " + l.location() + " is in use by " + who + "; "
                + (server ? "stop that server (Ctrl-C where it runs, or `kill " + pid + "`) and try again, or use another store with "
                                + "--db DIR; while it runs, query it over HTTP (its /kg/query endpoint)"
                          : "let it finish or stop it (`kill " + pid + "`) and try again, or use another store with --db DIR");
    }

    /** The notegraph command a process runs ({@code serve}, {@code build}...), when it is notegraph and visible. */
    static Optional<String> notegraphCommand(long pid) {
        List<String> args = arguments(pid);
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(MAIN_CLASS) || a.endsWith("notegraph.jar")) {
                String next = args.get(i + 1);
                return next.startsWith("-") ? Optional.of("") : Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /** A process's command line: from /proc on Linux (the JDK gives none past 4 KB, a Java classpath's usual length), else the JDK's. */
    private static List<String> arguments(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(cmdline)) return List.of(new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).split("\0"));
        } catch (java.io.IOException e) {
            // gone, or not ours to read: ask the JDK
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().arguments()).map(List::of).orElse(List.of());
    }
}
