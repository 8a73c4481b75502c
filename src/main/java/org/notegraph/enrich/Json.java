package org.notegraph.enrich;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Small null-safe reads of service answers, with Jena's JSON parser (already on the classpath). */
final class Json {
    private Json() {}

    /** The body as a JSON object; {@link IllegalArgumentException} when it is not one. */
    static JsonObject object(String body) {
        try {
            return JSON.parse(body);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object (" + e.getMessage() + ")", e);
        }
    }

    /** The value at a path of keys, or null. */
    static JsonValue at(JsonValue v, String... keys) {
        for (String k : keys) {
            if (v == null || !v.isObject()) return null;
            v = v.getAsObject().get(k);
        }
        return v;
    }

    static JsonObject obj(JsonValue v, String... keys) {
        JsonValue x = at(v, keys);
        return x != null && x.isObject() ? x.getAsObject() : null;
    }

    static List<JsonValue> array(JsonValue v, String... keys) {
        JsonValue x = at(v, keys);
        if (x == null || x.isNull()) return List.of();
        if (x.isArray()) return (JsonArray) x.getAsArray();
        return List.of(x);
    }

    /** A string, or a number written as text, or the first of an array of them; else null. */
    static String text(JsonValue v, String... keys) {
        JsonValue x = at(v, keys);
        if (x == null) return null;
        if (x.isArray()) return x.getAsArray().isEmpty() ? null : text(x.getAsArray().get(0));
        if (x.isString()) return x.getAsString().value();
        if (x.isNumber()) return x.getAsNumber().value().toString();
        return null;
    }

    static Integer integer(JsonValue v, String... keys) {
        String t = text(v, keys);
        if (t == null) return null;
        t = t.strip();
        if (t.matches("\\d{1,9}(\\.0+)?")) return Integer.valueOf(t.replaceAll("\\..*", ""));
        return null;
    }
}
