package org.notegraph.extract.papers;

import java.util.ArrayList;
import java.util.List;

/** The identifiers a mention states for its paper, each in normal form, or null. */
public record PaperIds(String openreview, String arxiv, String doi, String acl) implements java.io.Serializable {
    public static final PaperIds NONE = new PaperIds(null, null, null, null);

    public boolean isEmpty() { return openreview == null && arxiv == null && doi == null && acl == null; }

    /** Adds one identifier; an identifier already present is kept (the first link wins). */
    public PaperIds with(IdScheme scheme, String id) {
        if (scheme == null || id == null) return this;
        return switch (scheme) {
            case OPENREVIEW -> openreview != null ? this : new PaperIds(id, arxiv, doi, acl);
            case ARXIV -> arxiv != null ? this : new PaperIds(openreview, id, doi, acl);
            case DOI -> doi != null ? this : new PaperIds(openreview, arxiv, id, acl);
            case ACL -> acl != null ? this : new PaperIds(openreview, arxiv, doi, id);
        };
    }

    /** The identifier in one scheme, or null. */
    public String id(IdScheme scheme) {
        return switch (scheme) {
            case OPENREVIEW -> openreview;
            case ARXIV -> arxiv;
            case DOI -> doi;
            case ACL -> acl;
        };
    }

    public PaperIds merge(PaperIds o) {
        PaperIds merged = this;
        for (IdScheme s : IdScheme.values()) merged = merged.with(s, o.id(s));
        return merged;
    }

    /** Keys such as {@code arxiv:1706.03762}, compared case-insensitively, for identity resolution (DOI first). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (IdScheme s : IdScheme.values()) {
            String id = id(s);
            if (id != null) keys.add(s.key() + ":" + id.toLowerCase(java.util.Locale.ROOT));
        }
        return keys;
    }

    public boolean sharesAny(PaperIds o) {
        for (String k : keys()) if (o.keys().contains(k)) return true;
        return false;
    }

    /**
     * The year an identifier dates the paper to, when its scheme carries one: an arXiv id's YYMM
     * ({@code 1706.03762} → 2017) or an ACL Anthology id's volume ({@code P19-1126}, {@code 2021.acl-long.99}).
     */
    public java.util.OptionalInt datedYear() {
        if (arxiv != null) {
            java.util.regex.Matcher m = ARXIV_YYMM.matcher(arxiv);
            if (m.matches()) return java.util.OptionalInt.of(2000 + Integer.parseInt(m.group(1)));
        }
        if (acl != null) {
            java.util.regex.Matcher m = ACL_YEAR.matcher(acl);
            if (m.lookingAt()) {
                String y = m.group(1) != null ? m.group(1) : m.group(2);
                int v = Integer.parseInt(y);
                return java.util.OptionalInt.of(y.length() == 4 ? v : v >= 50 ? 1900 + v : 2000 + v);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private static final java.util.regex.Pattern ARXIV_YYMM = java.util.regex.Pattern.compile("(\\d{2})(?:0[1-9]|1[0-2])\\.\\d{4,5}");
    private static final java.util.regex.Pattern ACL_YEAR = java.util.regex.Pattern.compile("(?i)(?:(\\d{4})\\.|[A-Z](\\d{2})-)");
}
