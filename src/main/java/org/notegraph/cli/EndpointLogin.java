package org.notegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.notegraph.query.RemoteEndpoint;
import org.notegraph.query.RemoteSource;
import picocli.CommandLine.Option;

/** The login options of the commands that read a remote store ({@code query --endpoint}, {@code serve --endpoint}). */
final class EndpointLogin {
    @Option(names = "--user", paramLabel = "NAME", description = "With --endpoint: log in to it as NAME (HTTP Basic or Digest).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --user: the file whose first line is the password.")
    Path passwordFile;

    boolean given() { return user != null || passwordFile != null; }

    /** The endpoint with this login, or open for reading when none was given. */
    RemoteSource source(String endpoint) {
        if ((user == null) != (passwordFile == null)) throw new UserErrors.Mistake("--user and --password-file go together");
        if (user == null) return RemoteSource.open(endpoint);
        if (!Files.isReadable(passwordFile)) throw new UserErrors.Mistake("cannot read the password file " + passwordFile);
        var c = org.notegraph.publish.Credentials.fromFile(user, passwordFile);
        return new RemoteSource(endpoint, new RemoteEndpoint.Login(c.user(), c.password(), "--user and --password-file"));
    }
}
