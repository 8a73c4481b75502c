package org.notegraph.enrich;

/** A field where a source says something other than the notes (the notes' value is kept). */
public record Difference(String paper, String field, String noteValue, String source, String sourceValue) {
    /** One line: paper, field, the notes' value, the source's value (tab-separated). */
    public String format() {
        return "difference\t" + paper + "\t" + field + "\tnotes: " + noteValue + "\t" + source + ": " + sourceValue;
    }
}
