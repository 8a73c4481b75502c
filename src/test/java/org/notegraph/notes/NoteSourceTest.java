package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostic;
import org.notegraph.diag.Diagnostics;

class NoteSourceTest {
    @TempDir Path dir;

    private Path write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# " + relative + "\n");
        return p;
    }

    private static List<String> paths(List<NoteFile> notes) {
        return notes.stream().map(NoteFile::relativePath).toList();
    }

    @Test
    void walksFoldersRecursivelyForMarkdownFiles() throws IOException {
        write("a.md");
        write("talks/iclr/b.md");
        write("deep/er/still/c.markdown");
        Diagnostics d = new Diagnostics();

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir), d);

        assertThat(paths(notes)).containsExactly("a.md", "deep/er/still/c.markdown", "talks/iclr/b.md");
        assertThat(d.all()).isEmpty();
    }

    @Test
    void takesOnlyMdAndMarkdownByDefault() throws IOException {
        write("a.md");
        write("b.markdown");
        write("c.txt");
        write("d.mdx");
        write("e.md.bak");

        List<NoteFile> notes = new NoteSource(null).find(List.of(dir), new Diagnostics());

        assertThat(paths(notes)).containsExactly("a.md", "b.markdown");
    }

    @Test
    void addsIncludeGlobsToTheDefaults() throws IOException {
        write("a.md");
        write("notes/b.txt");
        write("c.org");

        List<NoteFile> notes = new NoteSource(List.of("*.txt")).find(List.of(dir), new Diagnostics());

        assertThat(paths(notes)).containsExactly("a.md", "notes/b.txt");
    }

    @Test
    void matchesIncludeGlobsAgainstTheFileName() throws IOException {
        write("x/seed-1.txt");
        write("x/other.txt");

        List<NoteFile> notes = new NoteSource(List.of("seed-*.txt")).find(List.of(dir), new Diagnostics());

        assertThat(paths(notes)).containsExactly("x/seed-1.txt");
    }

    @Test
    void skipsHiddenFolders() throws IOException {
        write("visible.md");
        write(".obsidian/workspace.md");
        write(".git/x/y.md");
        write("sub/.trash/old.md");

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir), new Diagnostics());

        assertThat(paths(notes)).containsExactly("visible.md");
    }

    @Test
    void walksAHiddenFolderGivenExplicitly() throws IOException {
        write(".notes/a.md");

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir.resolve(".notes")), new Diagnostics());

        assertThat(paths(notes)).containsExactly("a.md");
    }

    @Test
    void takesAnExplicitFileWhateverItsExtension() throws IOException {
        Path txt = write("seed.txt");
        Path noExt = write("README");

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(txt, noExt), new Diagnostics());

        assertThat(paths(notes)).containsExactly("README", "seed.txt");
        assertThat(notes.get(1).path()).isEqualTo(txt);
    }

    @Test
    void prefixesRelativePathsWithTheFolderNameWhenGivenSeveralInputs() throws IOException {
        write("one/a.md");
        write("two/a.md");
        write("two/sub/b.md");

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir.resolve("one"), dir.resolve("two")), new Diagnostics());

        assertThat(paths(notes)).containsExactly("one/a.md", "two/a.md", "two/sub/b.md");
    }

    @Test
    void reportsAMissingInputAsAnErrorAndGoesOn() throws IOException {
        write("a.md");
        Diagnostics d = new Diagnostics();

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir, dir.resolve("missing")), d);

        assertThat(notes).hasSize(1);
        assertThat(d.errorCount()).isEqualTo(1);
        assertThat(d.all().get(0).message()).contains("no such file");
    }

    @Test
    void listsTheSameFileOnceWhenGivenTwice() throws IOException {
        Path a = write("a.md");

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(a, a), new Diagnostics());

        assertThat(notes).hasSize(1);
    }

    @Test
    void warnsWhenTwoFilesShareARelativePath() throws IOException {
        Path a = write("x/a.md");
        Path b = write("y/a.md");
        Diagnostics d = new Diagnostics();

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(a, b), d);

        assertThat(notes).extracting(NoteFile::path).containsExactly(a);
        assertThat(d.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.message()).contains("same relative path");
        });
    }

    @Test
    void reportsASymbolicLinkLoopAsAWarningNotACrash() throws IOException {
        write("notes/a.md");
        write("notes/sub/b.md");
        Files.createSymbolicLink(dir.resolve("notes/sub/loop"), dir.resolve("notes"));
        Diagnostics d = new Diagnostics();

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir.resolve("notes")), d);

        assertThat(paths(notes)).containsExactly("a.md", "sub/b.md");
        assertThat(d.errorCount()).isZero();
        assertThat(d.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.message()).contains("symbolic link loop");
            assertThat(w.file()).endsWith("loop");
        });
    }

    @Test
    void followsASymbolicLinkToAnotherFolder() throws IOException {
        write("elsewhere/c.md");
        Files.createDirectories(dir.resolve("notes"));
        Files.createSymbolicLink(dir.resolve("notes/linked"), dir.resolve("elsewhere"));

        List<NoteFile> notes = new NoteSource(List.of()).find(List.of(dir.resolve("notes")), new Diagnostics());

        assertThat(paths(notes)).containsExactly("linked/c.md");
    }
}
