package org.notegraph.map;

/**
 * An edge of the literature map and its evidence: a key unique in the map ({@code id}), the
 * resource whose page shows where it was read ({@code statement}: the relation statement, claim,
 * paper mention or wikilink), its ends, its kind ({@code relation}: a relation name such as
 * {@code extends}, or {@code about}, {@code attributedTo}, {@code mentions}, {@code linksTo}), the
 * note's words ({@code quote}), the note and line it was read from, and the extraction's
 * confidence (null when it has none) and rule.
 */
public record MapEdge(String id, String statement, String source, String target, String relation, String quote,
                      String note, String path, int line, int endLine, Double confidence, String rule) {
    /** "x.md:12", or "x.md:12-14" when it spans lines. */
    public String where() {
        return path + ":" + line + (endLine > line ? "-" + endLine : "");
    }
}
