package org.notegraph.enrich;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GET requests to the scholarly services over {@link HttpClient}: each attempt takes a token of the
 * service's bucket; 429 and 5xx answers and broken connections are tried again after a back-off
 * (the server's Retry-After when it sends one, else 1 s, 2 s, 4 s ...), and a request that still fails
 * after the last attempt ends in a {@link FetchException} saying why. 404, 410 and 400 are answers
 * (the service does not know the identifier), not failures.
 */
final class Fetcher {
    /** The answer to a request: the body of a 200, or {@code found = false} for "no such work". */
    record Answer(boolean found, int status, String body) {}

    /** A request that got no answer: the reason names the status or the error. */
    static final class FetchException extends Exception {
        FetchException(String message) { super(message); }
    }

    /** A Retry-After longer than this is not waited for: the request fails and a later run tries again. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(120);

    private final HttpClient client;
    private final String userAgent;
    private final Timing timing;
    private final int attempts;
    private final Duration firstBackoff;
    private final AtomicInteger requests = new AtomicInteger();

    Fetcher(HttpClient client, String userAgent, Timing timing, int attempts, Duration firstBackoff) {
        this.client = client;
        this.userAgent = userAgent;
        this.timing = timing;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The number of requests sent so far (every attempt counts). */
    int requests() { return requests.get(); }

    Answer get(URI uri, String accept, TokenBucket bucket) throws FetchException, InterruptedException {
        String last = "no attempt";
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            bucket.acquire();
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(60))
                    .header("User-Agent", userAgent).header("Accept", accept).build();
            Duration wait = backoff;
            try {
                requests.incrementAndGet();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) return new Answer(true, status, response.body());
                if (status == 404 || status == 410 || status == 400) return new Answer(false, status, response.body());
                last = "HTTP " + status;
                if (status != 429 && status < 500) throw new FetchException(last);
                Optional<Duration> retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                if (retryAfter.isPresent()) {
                    if (retryAfter.get().compareTo(LONGEST_WAIT) > 0) {
                        throw new FetchException(last + ", asked to wait " + retryAfter.get().toSeconds() + " s");
                    }
                    wait = retryAfter.get();
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < attempts) timing.sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
        throw new FetchException(last + " after " + attempts + " attempts");
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110). */
    Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        if (v.matches("\\d{1,9}")) return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(timing.now(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
