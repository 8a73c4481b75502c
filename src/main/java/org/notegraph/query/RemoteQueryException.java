package org.notegraph.query;

/** A query over a remote endpoint that the endpoint refused or did not answer, in words a user can act on. */
public final class RemoteQueryException extends RuntimeException {
    public RemoteQueryException(String message, Throwable cause) { super(message, cause); }
}
