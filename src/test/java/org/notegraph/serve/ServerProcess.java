package org.notegraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.testing.ChildProcesses;

/**
 * A server in its own JVM (a standalone Fuseki, or {@code notegraph serve|demo}), started in a
 * folder of our choosing, its output in a file, stopped by its own process id.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** {@code java ARGS} in {@code cwd}, with this JVM's classpath unless ARGS say otherwise. */
    static ServerProcess java(Path cwd, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(List.of(args));
        Path log = cwd.resolve("server-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        try {
            return new ServerProcess(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code notegraph ARGS} from the test classpath. */
    static ServerProcess notegraph(Path cwd, String... args) {
        List<String> all = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), "org.notegraph.cli.Main"));
        all.addAll(List.of(args));
        return java(cwd, Map.of(), all.toArray(String[]::new));
    }

    static int freePort() { return ChildProcesses.freePort(); }

    /** Waits for the first output line matching the pattern; returns its first group (or the line). */
    String await(Pattern pattern, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (String line : output().split("\n")) {
                Matcher m = pattern.matcher(line);
                if (m.find()) return m.groupCount() > 0 ? m.group(1) : line;
            }
            if (!process.isAlive()) throw new AssertionError("server exited with " + process.exitValue() + ":\n" + output());
            Thread.sleep(100);
        }
        throw new AssertionError("no line matching " + pattern + " within " + timeout + ":\n" + output());
    }

    /** Waits until GET url answers 200. */
    void awaitHttp(String url, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new AssertionError("server exited with " + process.exitValue() + ":\n" + output());
            try {
                if (Http.get(url).send().status() == 200) return;
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(url + " did not answer within " + timeout + ":\n" + output());
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
