package org.notegraph.notes;

import java.nio.file.Path;

/** A note on disk and the path it is known by in the graph (relative to the folder given to build). */
public record NoteFile(Path path, String relativePath) {}
