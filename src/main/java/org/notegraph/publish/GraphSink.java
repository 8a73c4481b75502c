package org.notegraph.publish;

/**
 * Where a publish writes: replace one named graph with new content, or delete it. Each call
 * returns only once the target acknowledged it, and fails with a {@link PublishException}
 * otherwise.
 */
public interface GraphSink {
    /** Replaces the named graph on the target with exactly these triples. */
    void put(GraphText graph);

    /** Deletes the named graph on the target; a graph that is not there is not an error. */
    void delete(String graph);

    /** The number of HTTP requests sent, retries included. */
    default long requests() { return 0; }
}
