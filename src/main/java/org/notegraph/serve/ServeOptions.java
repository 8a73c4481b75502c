package org.notegraph.serve;

import org.notegraph.query.RemoteSource;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to serve: a store folder ({@code db}), a Fuseki configuration file ({@code config}) or a
 * copy of a remote store ({@code remote}), and the safety settings. Reads are open to anyone who can reach the port; every write needs
 * {@code allowUpdate} (store writes) or only {@code passwd} (admin operations) and a logged-in user.
 *
 * @param db          the TDB2 store folder (null when {@code config} or {@code remote} is given)
 * @param config      a Fuseki configuration file that defines the dataset {@code /kg} (or null)
 * @param host        the address to bind, 127.0.0.1 unless told otherwise
 * @param port        the port; 0 picks a free one
 * @param timeout     the query time limit of the SPARQL endpoints and the pages (and, with {@code remote}, of
 *                    each request fetching the copy)
 * @param allowUpdate add SPARQL Update ({@code /kg/update}) and Graph Store writes ({@code /kg/data}), for logged-in users
 * @param passwd      a password file in Jetty/Fuseki format ({@code user: password}), or null
 * @param metrics     serve Prometheus metrics at {@code /$/metrics}
 * @param base        the instance IRI base, whose IRIs resolve by path; null to read it from the store
 * @param adminDir    the Fuseki admin area (backups, datasets created by admins); null for the default
 * @param remote      a remote store to serve a read-only copy of (or null)
 */
public record ServeOptions(Path db, Path config, String host, int port, Duration timeout, boolean allowUpdate,
                           Path passwd, boolean metrics, String base, Path adminDir, RemoteSource remote) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServeOptions {
        int sources = (db == null ? 0 : 1) + (config == null ? 0 : 1) + (remote == null ? 0 : 1);
        if (sources != 1) throw new IllegalArgumentException("give one of a store folder, a config file or a remote endpoint");
        if (allowUpdate && remote != null) {
            throw new IllegalArgumentException("a copy of a remote store is read-only: --allow-update does not go with --endpoint");
        }
        if (allowUpdate && passwd == null) {
            throw new IllegalArgumentException("--allow-update needs --passwd FILE: writes are for logged-in users only");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
    }

    /** Read-only defaults over a store folder, on a free port: what tests and {@code demo} start from. */
    public static ServeOptions store(Path db) {
        return new ServeOptions(db, null, DEFAULT_HOST, 0, DEFAULT_TIMEOUT, false, null, false, null, null, null);
    }

    /** Read-only defaults over a copy of a remote store, on a free port. */
    public static ServeOptions remote(RemoteSource remote) {
        return new ServeOptions(null, null, DEFAULT_HOST, 0, DEFAULT_TIMEOUT, false, null, false, null, null, remote);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(db, config, host, p, timeout, allowUpdate, passwd, metrics, base, adminDir, remote);
    }

    public ServeOptions withUpdates(Path passwordFile) {
        return new ServeOptions(db, config, host, port, timeout, true, passwordFile, metrics, base, adminDir, remote);
    }

    public ServeOptions withPasswd(Path passwordFile) {
        return new ServeOptions(db, config, host, port, timeout, allowUpdate, passwordFile, metrics, base, adminDir, remote);
    }

    public ServeOptions withTimeout(Duration t) {
        return new ServeOptions(db, config, host, port, t, allowUpdate, passwd, metrics, base, adminDir, remote);
    }

    public ServeOptions withMetrics(boolean m) {
        return new ServeOptions(db, config, host, port, timeout, allowUpdate, passwd, m, base, adminDir, remote);
    }
}
