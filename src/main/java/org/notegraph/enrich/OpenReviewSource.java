package org.notegraph.enrich;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The OpenReview API ({@code /notes?id=ID}): {@code {"notes":[{"content":{…}}]}} where API 2
 * wraps each content field as {@code {"value": …}} (API 1 gives it bare); {@code title},
 * {@code authors} (an array in order), {@code venue}; the year from the venue's text, else the
 * publication or creation date ({@code pdate}, {@code cdate}, milliseconds). No published rate
 * limit: we ask once a second.
 */
final class OpenReviewSource implements Source {
    static final String DEFAULT_BASE = "https://api2.openreview.net";
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private final String base;

    OpenReviewSource(String base) { this.base = Source.trim(base == null ? DEFAULT_BASE : base); }

    public String name() { return "openreview"; }
    public String extension() { return "json"; }
    public String accept() { return "application/json"; }

    public Optional<Lookup> lookup(KnownPaper paper, String title) {
        if (paper.openreviewId() == null) return Optional.empty();
        String url = base + "/notes?id=" + Source.encode(paper.openreviewId(), false);
        return Optional.of(new Lookup("openreview:" + paper.openreviewId(), URI.create(url), url, null));
    }

    public Optional<Work> read(String body, Lookup lookup) {
        JsonObject root = Json.object(body);
        if (root.get("notes") == null) throw new IllegalArgumentException("no notes array");
        List<JsonValue> notes = Json.array(root, "notes");
        if (notes.isEmpty()) return Optional.empty();
        JsonValue note = notes.get(0);
        JsonObject content = Json.obj(note, "content");
        List<String> authors = new ArrayList<>();
        for (JsonValue a : field(content, "authors")) if (a.isString()) authors.add(a.getAsString().value());
        String venue = text(content, "venue");
        Integer year = null;
        if (venue != null) {
            Matcher m = YEAR.matcher(venue);
            if (m.find()) year = Integer.valueOf(m.group());
        }
        for (String date : List.of("pdate", "cdate")) {
            if (year != null) break;
            String ms = Json.text(note, date);
            if (ms != null && ms.matches("\\d{10,14}(\\.0+)?")) {
                year = Instant.ofEpochMilli(Long.parseLong(ms.replaceAll("\\..*", ""))).atZone(ZoneOffset.UTC).getYear();
            }
        }
        Work w = new Work(text(content, "title"), authors, venue, year);
        return w.isEmpty() ? Optional.empty() : Optional.of(w);
    }

    /** A content field's value, API 2 ({"value": x}) or API 1 (x). */
    private static List<JsonValue> field(JsonObject content, String key) {
        JsonValue v = Json.at(content, key);
        if (v != null && v.isObject()) v = v.getAsObject().get("value");
        if (v == null || !v.isArray()) return List.of();
        return v.getAsArray();
    }

    private static String text(JsonObject content, String key) {
        JsonValue v = Json.at(content, key);
        if (v != null && v.isObject()) return Json.text(v, "value");
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    public TokenBucket bucket(Timing timing) { return TokenBucket.every(Duration.ofSeconds(1), 1, timing); }
}
