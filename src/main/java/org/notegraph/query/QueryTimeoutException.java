package org.notegraph.query;

import java.time.Duration;

/** A query stopped at its time limit, before it finished: no results were written. */
public final class QueryTimeoutException extends RuntimeException {
    private final Duration limit;

    public QueryTimeoutException(Duration limit, Throwable cause) {
        super("the query ran past its time limit of " + limit.toSeconds() + " s", cause);
        this.limit = limit;
    }

    public Duration limit() { return limit; }
}
