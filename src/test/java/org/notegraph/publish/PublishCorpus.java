package org.notegraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.notegraph.testing.Fixtures;

/**
 * The notes the publish tests send to real stores, and the edits they make between publishes.
 *
 * <p>By default the examples; {@code -Dnotegraph.publishNotes=DIR} sends another folder
 * ({@code bench/publish-stores}, run by {@code .ci/run}, gives the seeds), its {@code .txt} files
 * copied as {@code .md} notes. The edits name no file of a corpus: they take the notes in path
 * order (an append to the first, a rename of the second, a deletion of the last) and add, edit and
 * delete a note of their own, so they work on any folder of three notes or more.
 */
final class PublishCorpus {
    static final String OWN_NOTE = "publish-rounds.md";

    private PublishCorpus() {}

    /** The folder copied, as given by {@code -Dnotegraph.publishNotes}, or the examples. */
    static Path source() {
        String given = System.getProperty("notegraph.publishNotes", "");
        return given.isBlank() ? Fixtures.EXAMPLES : Path.of(given);
    }

    /** The number of kill rounds: {@code -Dnotegraph.publishKillRounds}, 3 by default so that {@code mvn verify} stays short. */
    static int killRounds() {
        return Integer.getInteger("notegraph.publishKillRounds", 3);
    }

    /** Copies the corpus into {@code to}, {@code .txt} files as {@code .md}; returns {@code to}. */
    static Path copyTo(Path to) {
        Path from = source();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = from.relativize(f).toString();
                if (rel.endsWith(".txt")) rel = rel.substring(0, rel.length() - 4) + ".md";
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (notes(to).size() < 3) throw new IllegalStateException("the publish tests need three notes or more in " + from);
        return to;
    }

    /** The Markdown notes under the folder but the tests' own, in path order. */
    static List<Path> notes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals(OWN_NOTE))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a paper link to the first note. */
    static void editFirst(Path folder, String line) throws IOException {
        append(notes(folder).get(0), "\n" + line + "\n");
    }

    /** Renames the second note beside itself ({@code a.md} to {@code a-renamed.md}, which keeps its place in path order). */
    static void renameSecond(Path folder) throws IOException {
        Path f = notes(folder).get(1);
        String name = f.getFileName().toString();
        Files.move(f, f.resolveSibling(name.substring(0, name.length() - 3) + "-renamed.md"));
    }

    /** Deletes the last note. */
    static void deleteLast(Path folder) throws IOException {
        List<Path> all = notes(folder);
        Files.delete(all.get(all.size() - 1));
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }
}
