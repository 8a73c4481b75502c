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
}
