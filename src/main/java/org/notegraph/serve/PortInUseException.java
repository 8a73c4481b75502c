package org.notegraph.serve;

/** The server cannot listen on its address and port: another program (often another server) uses it. */
public final class PortInUseException extends RuntimeException {
    private final String host;
    private final int port;

    public PortInUseException(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is in use", cause);
        this.host = host;
        this.port = port;
    }

    public String host() { return host; }

    public int port() { return port; }
}
