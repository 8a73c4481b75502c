package org.notegraph.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.model.Namespaces;

/**
 * The only place IRIs are made from data. Every IRI is derived from normalised content (identifiers,
 * names, note paths), never from counters or randomness, so the same notes give the same IRIs on
 * every run and machine. The base is configurable.
 */
public final class IriMinter {
    private final String base;

    public IriMinter(String base) {
        String b = base == null || base.isBlank() ? Namespaces.DEFAULT_BASE : base.strip();
        this.base = b.endsWith("/") || b.endsWith("#") ? b : b + "/";
    }

    public String base() { return base; }

    public String note(String relativePath) { return base + "note/" + encodePath(relativePath); }

    public String mention(String relativePath, int line, int ordinal) {
        return note(relativePath) + "/mention/" + line + "-" + ordinal;
    }

    /** IRIs of things read from one note at one line: kind is "concept", "claim" or "relation". */
    public String noteThing(String relativePath, String kind, int line, int ordinal) {
        return note(relativePath) + "/" + kind + "/" + line + "-" + ordinal;
    }

    /** A tag as a SKOS concept, by its path in lower case ("ml/optimisation"). */
    public String tag(String path) { return base + "tag/" + encodePath(path); }

    /** The concept scheme every tag concept is in. */
    public String tagScheme() { return base + "tags"; }

    /** A work a note cites by a link without a target, by the link's text. */
    public String citedWork(String relativePath, String text) { return note(relativePath) + "/cited/" + slugOrHash(text); }

    /** A method or phenomenon the vocabulary does not know, by its name. */
    public String concept(String name) { return base + "concept/" + slugOrHash(name); }

    public String vocabularyGraph() { return base + "graph/vocabulary"; }

    /** The graph describing the build itself (the extraction fingerprint). */
    public String buildGraph() { return base + "graph/build"; }

    public String person(String name) { return base + "person/" + slugOrHash(name); }

    public String venue(String label) { return base + "venue/" + slugOrHash(label); }

    public String entitiesGraph() { return base + "graph/entities"; }

    public String ontologyGraph() { return base + "graph/ontology"; }

    /**
     * The graph {@code notegraph enrich} writes: what scholarly services say about the papers, each
     * statement on a record naming its source and retrieval time. Builds keep it; only enrich rewrites it.
     */
    public String enrichmentGraph() { return base + "graph/enrichment"; }

    /** A paper by its identifier: {@code paper/<scheme>/<id>} (DOIs lower-cased). */
    public String paperById(IdScheme scheme, String id) {
        String normal = scheme == IdScheme.DOI ? id.toLowerCase(Locale.ROOT) : id;
        return base + "paper/" + scheme.key() + "/" + encodePath(normal);
    }

    public String paperByTitle(String normalisedTitle) {
        String slug = slug(normalisedTitle);
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return base + "paper/title/" + (slug.isEmpty() ? "" : slug + "-") + sha1(normalisedTitle).substring(0, 8);
    }

    public String paperByUrl(String urlKey) { return base + "paper/url/" + sha1(urlKey).substring(0, 16); }

    /** Lower-case ASCII words joined by hyphens ("Aleksander Mądry" becomes "aleksander-madry"). */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String slugOrHash(String text) {
        String s = slug(text);
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-+$", "");
        return s.isEmpty() ? "h-" + sha1(text).substring(0, 12) : s;
    }

    /** Percent-encodes everything but unreserved characters and slashes, segment by segment. */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString().replace("/../", "/%2E%2E/").replace("/./", "/%2E/");
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
