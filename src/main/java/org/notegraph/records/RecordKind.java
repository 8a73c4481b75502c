package org.notegraph.records;

/** The kinds of block a note is made of. Extraction reads records, never the Markdown layout. */
public enum RecordKind {
    /** YAML ({@code ---}) or TOML ({@code +++}) front matter; its cells are the keys. */
    FRONT_MATTER,
    /** A heading; its scope is the section it heads. */
    HEADING,
    /** A paragraph outside lists, tables and block quotes (HTML blocks other than tables too). */
    PARAGRAPH,
    /** One line of a paragraph whose lines are separate entries (bare URL lines, hard-broken lines). */
    LINE,
    /** A list item; nested items and block quotes inside it are its children. */
    LIST_ITEM,
    /** A Markdown table row, its cells named by the header row. */
    TABLE_ROW,
    /** An HTML {@code <tr>} row, its cells named by the table's {@code <th>} row when there is one. */
    HTML_TABLE_ROW,
    /** A block quote; nested quotes are its children. */
    BLOCKQUOTE,
    /** A footnote definition ({@code [^key]: …}) or a numbered reference entry ({@code [3] …}, {@code 3. …} in a reference list). */
    REFERENCE_ENTRY
}
