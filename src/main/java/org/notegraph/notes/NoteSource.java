package org.notegraph.notes;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notegraph.diag.Diagnostics;

/**
 * Finds the notes to build: folders are walked recursively for {@code *.md} and {@code *.markdown}
 * (plus any {@code --include} globs), explicit files are taken whatever their extension.
 * Symbolic-link loops and unreadable folders are reported, not fatal.
 */
public final class NoteSource {
    public static final List<String> DEFAULT_PATTERNS = List.of("*.md", "*.markdown");

    private final List<PathMatcher> matchers = new ArrayList<>();

    public NoteSource(List<String> extraGlobs) {
        List<String> all = new ArrayList<>(DEFAULT_PATTERNS);
        if (extraGlobs != null) all.addAll(extraGlobs);
        for (String glob : all) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }

    /** The notes under the given inputs, sorted by relative path, without duplicates. */
    public List<NoteFile> find(List<Path> inputs, Diagnostics diagnostics) {
        Map<String, NoteFile> found = new LinkedHashMap<>();
        boolean prefix = inputs.size() > 1;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                String folderPrefix = prefix ? nameOf(input) + "/" : "";
                walk(input, folderPrefix, found, diagnostics);
            } else if (Files.isRegularFile(input)) {
                add(found, new NoteFile(input, nameOf(input)), diagnostics);
            } else {
                diagnostics.error(input.toString(), 0, "no such file or folder");
            }
        }
        List<NoteFile> notes = new ArrayList<>(found.values());
        notes.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return notes;
    }

    private static String nameOf(Path p) {
        Path name = p.toAbsolutePath().normalize().getFileName();
        return name == null ? p.toString() : name.toString();
    }

    private void walk(Path root, String folderPrefix, Map<String, NoteFile> found, Diagnostics diagnostics) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matches(file.getFileName())) {
                        String rel = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
                        add(found, new NoteFile(file, folderPrefix + rel), diagnostics);
                    } else if (attrs.isSymbolicLink() && matches(file.getFileName())) {
                        // links are followed, so a link's own attributes mean its target is missing
                        diagnostics.warning(file.toString(), 0, "broken symbolic link (no such target), not read");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException
                            ? "symbolic link loop, not followed" : "cannot read: " + e.getMessage();
                    diagnostics.warning(file.toString(), 0, why);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.error(root.toString(), 0, "cannot read folder: " + e.getMessage());
        }
    }

    private boolean matches(Path fileName) {
        if (fileName == null) return false;
        for (PathMatcher m : matchers) if (m.matches(fileName)) return true;
        return false;
    }

    private static void add(Map<String, NoteFile> found, NoteFile note, Diagnostics diagnostics) {
        NoteFile previous = found.putIfAbsent(note.relativePath(), note);
        if (previous != null && !previous.path().equals(note.path())) {
            diagnostics.warning(note.path().toString(), 0,
                    "same relative path as " + previous.path() + "; skipped");
        }
    }
}
