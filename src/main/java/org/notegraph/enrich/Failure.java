package org.notegraph.enrich;

/** A lookup that got no usable answer: which paper, which source, why. The run goes on without it. */
public record Failure(String paper, String source, String reason) {
    public String format() { return "failed\t" + paper + "\t" + source + "\t" + reason; }
}
