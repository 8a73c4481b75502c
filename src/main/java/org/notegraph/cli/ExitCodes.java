package org.notegraph.cli;

/** The exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int VALIDATION_FAILED = 3;

    private ExitCodes() {}
}
