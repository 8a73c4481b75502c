package org.notegraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the server tests: method, URL, headers, body; answers status, headers, text. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Response(int status, java.net.http.HttpHeaders headers, String body) {
        String header(String name) { return headers.firstValue(name).orElse(null); }
    }

    private final String method;
    private final String url;
    private final HttpRequest.Builder builder;
    private String body;

    private Http(String method, String url) {
        this.method = method;
        this.url = url;
        this.builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static Http get(String url) { return new Http("GET", url); }
    static Http post(String url) { return new Http("POST", url); }
    static Http method(String method, String url) { return new Http(method, url); }

    Http header(String name, String value) { builder.header(name, value); return this; }
    Http accept(String type) { return header("Accept", type); }
    Http basic(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    Http body(String contentType, String text) { header("Content-Type", contentType); this.body = text; return this; }
    Http form(String name, String value) { return body("application/x-www-form-urlencoded", name + "=" + enc(value)); }

    Response send() {
        HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        try {
            HttpResponse<String> r = CLIENT.send(builder.method(method, pub).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
