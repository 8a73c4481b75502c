package org.notegraph.store;

/** A store that cannot be opened or written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
