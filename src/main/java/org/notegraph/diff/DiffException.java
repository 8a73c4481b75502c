package org.notegraph.diff;

/** A diff that cannot be made as asked: no git repository, an unknown revision. A usage error, not a bug. */
public final class DiffException extends RuntimeException {
    public DiffException(String message) { super(message); }

    public DiffException(String message, Throwable cause) { super(message, cause); }
}
