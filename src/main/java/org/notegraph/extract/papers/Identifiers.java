package org.notegraph.extract.papers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of paper identifiers, so that every way of writing one compares equal. */
public final class Identifiers {
    private static final Pattern ARXIV_NEW = Pattern.compile("\\d{4}\\.\\d{4,5}");
    private static final Pattern ARXIV_OLD = Pattern.compile("[a-z\\-]+(\\.[a-z]{2})?/\\d{7}");
    private static final Pattern DOI_FORM = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern OPENREVIEW_FORM = Pattern.compile("[A-Za-z0-9_\\-]{5,}");
    private static final Pattern ACL_FORM = Pattern.compile("[A-Z]\\d{2}-\\d{4}|\\d{4}\\.[a-z0-9\\-]+\\.\\d+");

    private Identifiers() {}

    private static String decode(String v) {
        try {
            return URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return v;
        }
    }

    /** The identifier in normal form, or null when the value is not a valid one of the scheme. */
    public static String normalise(IdScheme scheme, String raw) {
        if (raw == null) return null;
        String v = raw.strip();
        switch (scheme) {
            case ARXIV -> {
                v = v.replaceFirst("(?i)^arxiv:", "").replaceFirst("(?i)\\.pdf$", "").replaceFirst("(?i)v\\d+$", "");
                String lower = v.toLowerCase(Locale.ROOT);
                if (ARXIV_NEW.matcher(lower).matches()) return lower;
                if (ARXIV_OLD.matcher(lower).matches()) {
                    int slash = lower.indexOf('/');
                    String archive = lower.substring(0, slash);
                    int dot = archive.indexOf('.');
                    if (dot > 0) archive = archive.substring(0, dot) + "." + archive.substring(dot + 1).toUpperCase(Locale.ROOT);
                    return archive + lower.substring(slash);
                }
                return null;
            }
            case DOI -> {
                v = decode(v)
                        .replaceFirst("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)", "")
                        .replaceAll("[.,;:)\\]]+$", "")
                        .toLowerCase(Locale.ROOT);
                return DOI_FORM.matcher(v).matches() ? v : null;
            }
            case OPENREVIEW -> { return OPENREVIEW_FORM.matcher(v).matches() && !v.matches("\\d+") ? v : null; }
            case ACL -> {
                String up = v.replaceFirst("(?i)\\.pdf$", "");
                if (up.matches("(?i)[a-z]\\d{2}-\\d{4}")) up = up.toUpperCase(Locale.ROOT);
                else up = up.toLowerCase(Locale.ROOT);
                return ACL_FORM.matcher(up).matches() ? up : null;
            }
        }
        return null;
    }
}
