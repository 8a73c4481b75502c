package org.notegraph.publish;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.http.auth.AuthLib;
import org.notegraph.publish.PublishException.Reason;

/**
 * Sends one request to a target and reads its answer: tried again with exponential backoff when
 * the failure may pass (connection refused or dropped, time-out, 5xx, 429), and otherwise turned
 * into a {@link PublishException} that names the graph, the target and what to do. Logins are
 * answered with Jena's challenge handling, so both HTTP Basic (Fuseki) and Digest (Virtuoso's
 * {@code /sparql-auth}) work with the same user and password. Once a challenge has been answered,
 * later requests carry the login from the start. Before the first request with a body to an
 * endpoint, a bodiless {@code HEAD} draws the challenge, so a large graph is not sent whole only to
 * be refused: a server that answers 401 and closes the connection would break the upload mid-way.
 * ({@code Expect: 100-continue} would do the same, but JDK 17's client can wait for ever on it.)
 */
public final class HttpTransport {
    /** Called before each attempt to sleep; tests replace it to run without waiting. */
    public interface Sleeper { void sleep(Duration d) throws InterruptedException; }

    private final HttpClient client;
    private final Optional<Credentials> credentials;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final java.util.Set<String> probed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public HttpTransport(URI target, Optional<Credentials> credentials, RetryPolicy retry, Duration timeout, Sleeper sleeper) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.credentials = credentials;
        this.retry = retry;
        this.timeout = timeout;
        this.sleeper = sleeper;
        credentials.ifPresent(c -> AuthEnv.get().registerUsernamePassword(target, c.user(), c.password()));
    }

    public HttpTransport(URI target, Optional<Credentials> credentials, RetryPolicy retry, Duration timeout) {
        this(target, credentials, retry, timeout, d -> Thread.sleep(d.toMillis()));
    }

    /**
     * Sends the request built by {@code request} until the target answers 2xx (or one of
     * {@code alsoFine}, e.g. 404 for a deletion), or fails. {@code what} says what the request
     * does, for messages ("sending graph <g> (1,204 triples)").
     */
    public int send(Supplier<HttpRequest.Builder> request, String graph, String what, int... alsoFine) {
        PublishException last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            HttpRequest req = withLogin(request.get().timeout(timeout));
            Duration wait = retry.delayAfter(attempt);
            try {
                HttpResponse<String> resp = AuthLib.authExecute(client, req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int code = resp.statusCode();
                if (code / 100 == 2) return code;
                for (int ok : alsoFine) if (code == ok) return code;
                last = status(code, resp.body(), req.uri(), graph, what);
                if (!(code >= 500 || code == 429)) throw last;
                wait = retryAfter(resp).filter(d -> d.compareTo(retry.maxDelay()) <= 0).orElse(wait);
            } catch (PublishException e) {
                throw e;
            } catch (org.apache.jena.atlas.web.HttpException e) {
                // Jena's login handling answers a refused challenge with an exception carrying the status
                if (e.getStatusCode() > 0) {
                    last = status(e.getStatusCode(), e.getResponse(), req.uri(), graph, what);
                    if (!(e.getStatusCode() >= 500 || e.getStatusCode() == 429)) throw last;
                } else {
                    last = network(e, req.uri(), graph, what, attempt);
                }
            } catch (org.apache.jena.http.auth.AuthException e) {
                last = new PublishException(Reason.UNAUTHORIZED, graph, "the target " + req.uri() + " refused the login while "
                        + what + " (" + e.getMessage() + "); check --user and --password-file", e);
                throw last;
            }
            if (attempt < retry.attempts()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw last;
                }
            }
        }
        throw last;
    }

    private HttpRequest withLogin(HttpRequest.Builder builder) {
        HttpRequest plain = builder.build();
        if (credentials.isEmpty()) return plain;
        String endpoint = endpoint(plain.uri());
        boolean hasBody = plain.bodyPublisher().map(b -> b.contentLength() != 0).orElse(false);
        if (hasBody && !loginKnown(plain) && probed.add(endpoint)) drawChallenge(plain.uri());
        return AuthEnv.get().addAuth(HttpRequest.newBuilder(plain, (name, value) -> true), plain.uri().toString()).build();
    }

    private static boolean loginKnown(HttpRequest req) {
        HttpRequest.Builder probe = HttpRequest.newBuilder(req.uri());
        return AuthEnv.get().addAuth(probe, req.uri().toString()).build().headers().firstValue("Authorization").isPresent();
    }

    /** A bodiless request whose only purpose is a 401 challenge that Jena answers and remembers. */
    private void drawChallenge(URI uri) {
        HttpRequest head = HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(timeout).build();
        try {
            AuthLib.authExecute(client, head, HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            // whatever the probe met, the real request that follows meets it too and reports it
        }
    }

    /** A failure to get any answer (refused, timed out, dropped), from the cause Jena wrapped. */
    private PublishException network(RuntimeException e, URI uri, String graph, String what, int attempt) {
        String hostPort = uri.getHost() + ":" + port(uri);
        String after = ", after " + attempt + " attempt" + (attempt == 1 ? "" : "s");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return new PublishException(Reason.TIMEOUT, graph, "no answer from " + hostPort + " within " + timeout.toSeconds()
                        + " s while " + what + after + "; is the store overloaded? give it longer with --timeout SECONDS", e);
            }
            if (t instanceof ConnectException) {
                return new PublishException(Reason.REFUSED, graph, "cannot connect to " + hostPort + " (connection refused) while "
                        + what + after + "; is the store running there, and is the URL right?", e);
            }
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return new PublishException(Reason.NETWORK, graph, "interrupted while " + what, e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String m = root.getMessage();
        return new PublishException(Reason.NETWORK, graph, "the connection to " + hostPort + " failed while " + what + " ("
                + (m == null || m.isBlank() ? root.getClass().getSimpleName() : m) + ")" + after, e);
    }

    private PublishException status(int code, String body, URI uri, String graph, String what) {
        String at = "the target " + endpoint(uri);
        String said = firstLine(body);
        return switch (code) {
            case 401 -> new PublishException(Reason.UNAUTHORIZED, graph, at + " answered 401 Unauthorized while " + what + ": "
                    + (credentials.isEmpty() ? "it needs a login; give --user NAME and --password-file FILE"
                                             : "user " + credentials.get().user() + " was not accepted; check --user and --password-file"), null);
            case 403 -> new PublishException(Reason.FORBIDDEN, graph, at + " answered 403 Forbidden while " + what + ": "
                    + (credentials.isEmpty() ? "it takes no writes without a login; give --user NAME and --password-file FILE"
                                             : "user " + credentials.get().user() + " may not write there; ask for update rights"), null);
            case 404 -> new PublishException(Reason.NOT_FOUND, graph, at + " answered 404 Not Found while " + what
                    + ": there is no such service; for Fuseki give the dataset's Graph Store URL (http://HOST:3030/DATASET/data), "
                    + "for an update endpoint add --protocol update", null);
            case 405 -> new PublishException(Reason.NOT_FOUND, graph, at + " answered 405 Method Not Allowed while " + what
                    + ": it is not a Graph Store Protocol service that takes writes; give its update endpoint with --protocol update, "
                    + "or a writable Graph Store URL", null);
            case 413 -> new PublishException(Reason.TOO_LARGE, graph, at + " answered 413 Payload Too Large while " + what
                    + ": raise the store's request size limit, or send in smaller pieces with --protocol update --chunk N", null);
            case 429 -> new PublishException(Reason.RATE_LIMITED, graph, at + " answered 429 Too Many Requests while " + what
                    + " each time it was tried; try again later", null);
            default -> code >= 500
                    ? new PublishException(Reason.SERVER_ERROR, graph, at + " answered " + code + " while " + what
                            + " each time it was tried" + (said.isEmpty() ? "" : " (" + said + ")"), null)
                    : new PublishException(Reason.REJECTED, graph, at + " answered " + code + " while " + what
                            + (said.isEmpty() ? "" : ": " + said), null);
        };
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> resp) {
        return resp.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String endpoint(URI uri) {
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String firstLine(String body) {
        if (body == null) return "";
        String b = body.strip();
        int nl = b.indexOf('\n');
        String line = nl < 0 ? b : b.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

}
