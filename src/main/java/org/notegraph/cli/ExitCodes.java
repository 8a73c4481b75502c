package org.notegraph.cli;

/** The exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug, or something the command needs is unavailable: the store (missing, locked, damaged) or the port. */
    public static final int INTERNAL_ERROR = 1;
    public static final int UNAVAILABLE = 1;
    /** A mistake in the command line: an unknown option, query, format or parameter, or a missing notes folder or file. */
    public static final int USAGE = 2;
    public static final int VALIDATION_FAILED = 3;
    /** A query ran past its time limit and was stopped. */
    public static final int TIMEOUT = 4;
    /** A remote store ({@code publish --to}, {@code query --endpoint}, {@code serve --endpoint}) refused a request or could not be reached. */
    public static final int REMOTE_FAILED = 5;

    private ExitCodes() {}
}
