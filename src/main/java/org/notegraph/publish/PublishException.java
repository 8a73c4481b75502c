package org.notegraph.publish;

/**
 * A publish that stopped: which graph, at which target, and why, in words a user can act on. The
 * graphs acknowledged before it stay recorded in the manifest, so running the publish again sends
 * only what is left.
 */
public final class PublishException extends RuntimeException {
    /** Why the target did not take the graph. */
    public enum Reason {
        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, TOO_LARGE, REJECTED, SERVER_ERROR, RATE_LIMITED, REFUSED, TIMEOUT, NETWORK
    }

    private final Reason reason;
    private final String graph;

    public PublishException(Reason reason, String graph, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.graph = graph;
    }

    public Reason reason() { return reason; }

    /** The graph being sent or deleted when it failed (null for a request about no one graph). */
    public String graph() { return graph; }
}
