package org.notegraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the CSL-JSON schema (csl-data.json, version 1.0) that the items notegraph writes
 * come under, checked by hand since no JSON Schema validator is on the classpath: the document is
 * an array of objects; each has the required {@code id} (string or number) and {@code type} (one
 * of the schema's item types); no property outside the schema's (additionalProperties is false);
 * string variables are strings; names are objects of the name-variable properties, each a string;
 * dates have {@code date-parts}, an array of at most two arrays of one to three numbers or strings.
 * {@link #violations} lists each rule broken, with the item's index.
 */
final class CslDataSchema {
    static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine", "article-newspaper", "bill",
            "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
            "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
            "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance",
            "periodical", "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book",
            "software", "song", "speech", "standard", "thesis", "treaty", "webpage");

    /** The schema's string variables that notegraph may write, and a few more. */
    static final Set<String> STRING_VARIABLES = Set.of("citation-key", "title", "container-title", "DOI", "URL",
            "publisher", "event-title", "note", "source", "archive", "archive_location", "genre", "language", "abstract",
            "collection-title", "ISBN", "ISSN", "PMID", "PMCID", "title-short");
    /** The schema's string-or-number variables. */
    static final Set<String> NUMBER_VARIABLES = Set.of("number", "page", "volume", "issue", "edition");
    static final Set<String> NAME_VARIABLES = Set.of("author", "editor", "translator", "container-author");
    static final Set<String> DATE_VARIABLES = Set.of("issued", "accessed", "submitted", "event-date");
    static final Set<String> NAME_PARTS = Set.of("family", "given", "dropping-particle", "non-dropping-particle", "suffix",
            "comma-suffix", "static-ordering", "literal", "parse-names");
    static final Set<String> DATE_PARTS = Set.of("date-parts", "season", "circa", "literal", "raw");

    private CslDataSchema() {}

    static List<String> violations(JsonNode root) {
        List<String> out = new ArrayList<>();
        if (!root.isArray()) {
            out.add("the document is not an array");
            return out;
        }
        for (int i = 0; i < root.size(); i++) item(root.get(i), "item " + i, out);
        return out;
    }

    private static void item(JsonNode item, String where, List<String> out) {
        if (!item.isObject()) {
            out.add(where + ": not an object");
            return;
        }
        JsonNode id = item.get("id");
        if (id == null || !(id.isTextual() || id.isNumber())) out.add(where + ": id missing or not a string or number");
        JsonNode type = item.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) out.add(where + ": type missing or not a CSL type: " + type);
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            if (k.equals("id") || k.equals("type")) continue;
            if (STRING_VARIABLES.contains(k)) {
                if (!v.isTextual()) out.add(where + ": " + k + " is not a string");
            } else if (NUMBER_VARIABLES.contains(k)) {
                if (!(v.isTextual() || v.isNumber())) out.add(where + ": " + k + " is not a string or number");
            } else if (NAME_VARIABLES.contains(k)) {
                names(v, where + "." + k, out);
            } else if (DATE_VARIABLES.contains(k)) {
                date(v, where + "." + k, out);
            } else {
                out.add(where + ": property " + k + " is not in the schema");
            }
        }
    }

    private static void names(JsonNode v, String where, List<String> out) {
        if (!v.isArray()) {
            out.add(where + ": not an array of names");
            return;
        }
        for (JsonNode name : v) {
            if (!name.isObject()) out.add(where + ": a name is not an object");
            for (Iterator<Map.Entry<String, JsonNode>> it = name.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!NAME_PARTS.contains(p.getKey())) out.add(where + ": name part " + p.getKey() + " is not in the schema");
                else if (!(p.getValue().isTextual() || p.getValue().isNumber() || p.getValue().isBoolean())) out.add(where + ": " + p.getKey() + " is not a string");
            }
        }
    }

    private static void date(JsonNode v, String where, List<String> out) {
        if (!v.isObject()) {
            out.add(where + ": not a date object");
            return;
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!DATE_PARTS.contains(k)) out.add(where + ": " + k + " is not in the date schema");
        }
        JsonNode parts = v.get("date-parts");
        if (parts == null) return;
        if (!parts.isArray() || parts.isEmpty() || parts.size() > 2) {
            out.add(where + ": date-parts is not an array of one or two dates");
            return;
        }
        for (JsonNode d : parts) {
            if (!d.isArray() || d.isEmpty() || d.size() > 3) out.add(where + ": a date is not one to three parts");
            else for (JsonNode n : d) if (!(n.isNumber() || n.isTextual())) out.add(where + ": a date part is not a number or string");
        }
    }
}
