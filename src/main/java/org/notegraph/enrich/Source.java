package org.notegraph.enrich;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One scholarly service: which request looks a paper up, how its answer reads as a {@link Work}, and
 * the rate it may be asked at. Implementations hold no state beyond their settings.
 */
interface Source {
    /** The name used on the command line, in the cache and in the graph: "arxiv", "crossref" ... */
    String name();

    /** The file extension of its answers in the cache. */
    String extension();

    /** The media type asked for. */
    String accept();

    /**
     * The request for this paper, or empty when the source cannot look it up (no identifier it knows).
     * {@code title} is the best title known so far (the notes', else an earlier source's), or null.
     */
    Optional<Lookup> lookup(KnownPaper paper, String title);

    /**
     * The work a found answer describes; empty when the answer holds none. Throws
     * {@link IllegalArgumentException} when the body is not an answer in the documented format
     * (such a body is not cached, the lookup counts as failed).
     */
    Optional<Work> read(String body, Lookup lookup);

    /**
     * True for a source searched by title (DBLP): it is asked after the identifier sources, whatever
     * its place in the order of preference, so that it can search by a title one of them found.
     */
    default boolean byTitle() { return false; }

    /** The service's published rate limit (or, where none is published, a modest one of our own). */
    TokenBucket bucket(Timing timing);

    /**
     * One request: the cache key, the URL sent (with the contact address), the URL recorded as
     * provenance (without it) and the title searched for, if the request is a title search.
     */
    record Lookup(String key, URI uri, String recordedUrl, String title) {}

    /** Percent-encodes a path segment or query value ({@code /} kept when asked). */
    static String encode(String s, boolean keepSlash) {
        String e = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        return keepSlash ? e.replace("%2F", "/") : e;
    }

    /** The base URL without a trailing slash. */
    static String trim(String base) { return base.endsWith("/") ? base.substring(0, base.length() - 1) : base; }

    /** "?mailto=…" or "&mailto=…" for the polite pools, or "" without a contact address. */
    static String mailto(String contact, boolean first) {
        return contact == null || contact.isBlank() ? "" : (first ? "?" : "&") + "mailto=" + encode(contact.strip(), false);
    }
}
