package org.notegraph.extract.papers;

import java.util.ArrayList;
import java.util.List;

/** The identifiers a mention states for its paper, each in normal form, or null. */
public record PaperIds(String openreview, String arxiv, String doi, String acl) implements java.io.Serializable {
    public static final PaperIds NONE = new PaperIds(null, null, null, null);

    public boolean isEmpty() { return openreview == null && arxiv == null && doi == null && acl == null; }

    /** Adds one identifier; an identifier already present is kept (the first link wins). */
    public PaperIds with(String scheme, String id) {
        if (scheme == null || id == null) return this;
        return switch (scheme) {
            case Identifiers.OPENREVIEW -> openreview != null ? this : new PaperIds(id, arxiv, doi, acl);
            case Identifiers.ARXIV -> arxiv != null ? this : new PaperIds(openreview, id, doi, acl);
            case Identifiers.DOI -> doi != null ? this : new PaperIds(openreview, arxiv, id, acl);
            case Identifiers.ACL -> acl != null ? this : new PaperIds(openreview, arxiv, doi, id);
            default -> this;
        };
    }

    public PaperIds merge(PaperIds o) {
        return with(Identifiers.OPENREVIEW, o.openreview).with(Identifiers.ARXIV, o.arxiv)
                .with(Identifiers.DOI, o.doi).with(Identifiers.ACL, o.acl);
    }

    /** Keys such as {@code arxiv:1706.03762}, compared case-insensitively, for identity resolution. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (doi != null) keys.add("doi:" + doi.toLowerCase(java.util.Locale.ROOT));
        if (arxiv != null) keys.add("arxiv:" + arxiv.toLowerCase(java.util.Locale.ROOT));
        if (openreview != null) keys.add("openreview:" + openreview.toLowerCase(java.util.Locale.ROOT));
        if (acl != null) keys.add("acl:" + acl.toLowerCase(java.util.Locale.ROOT));
        return keys;
    }

    public boolean sharesAny(PaperIds o) {
        for (String k : keys()) if (o.keys().contains(k)) return true;
        return false;
    }
}
