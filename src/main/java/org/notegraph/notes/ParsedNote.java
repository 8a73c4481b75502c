package org.notegraph.notes;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A note read and parsed once: its text (LF line ends, front matter blanked out so offsets and
 * lines are those of the file), content hash, front matter, flexmark AST and line index.
 */
public record ParsedNote(NoteFile file, String text, String sha256, FrontMatter frontMatter,
                         Document document, LineIndex lines) {

    public String relativePath() { return file.relativePath(); }
}
