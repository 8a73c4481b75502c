package org.notegraph.extract.papers;

import java.util.Optional;

/**
 * The identifier schemes a paper is known by, in the order that picks its IRI (DOI first). The key
 * ({@code arxiv}) is how {@code url-rules.tsv}, front matter, identity keys ({@code arxiv:1706.03762})
 * and paper IRIs ({@code paper/arxiv/…}) write the scheme.
 */
public enum IdScheme {
    DOI("doi"), ARXIV("arxiv"), OPENREVIEW("openreview"), ACL("acl");

    private final String key;

    IdScheme(String key) { this.key = key; }

    public String key() { return key; }

    /** The scheme with this key, exactly as written. */
    public static Optional<IdScheme> named(String key) {
        for (IdScheme s : values()) if (s.key.equals(key)) return Optional.of(s);
        return Optional.empty();
    }
}
