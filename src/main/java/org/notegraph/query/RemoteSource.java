package org.notegraph.query;

/**
 * A remote SPARQL 1.1 query endpoint holding graphs published by {@code notegraph publish}, which
 * {@code serve --endpoint} serves a copy of ({@link RemoteCopy}) and {@code query --endpoint} queries,
 * and how to log in to it.
 *
 * @param url   the query endpoint, e.g. {@code http://HOST:3030/DATASET/query}
 * @param login the user to read as, or {@link RemoteEndpoint.Login#NONE}
 */
public record RemoteSource(String url, RemoteEndpoint.Login login) {
    public RemoteSource {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("the endpoint URL is missing");
        if (login == null) login = RemoteEndpoint.Login.NONE;
    }

    /** An endpoint open for reading. */
    public static RemoteSource open(String url) {
        return new RemoteSource(url, new RemoteEndpoint.Login(null, null, SERVE_LOGIN));
    }

    /** The options of {@code serve} and {@code query} that log in to the endpoint, for messages. */
    public static final String SERVE_LOGIN = "--user NAME and --password-file FILE";
}
