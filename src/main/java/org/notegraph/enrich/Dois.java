package org.notegraph.enrich;

/**
 * The DOI a DOI-keyed service is asked by: the paper's own DOI; else, for an ACL Anthology id, the
 * DOI the Anthology registers for it ({@code 10.18653/v1/<id>}, which exists for most papers since
 * 2016; where it does not, the service's "not found" is cached like any other answer).
 */
final class Dois {
    static final String ACL_PREFIX = "10.18653/v1/";

    private Dois() {}

    static String of(KnownPaper p) {
        if (p.doi() != null) return p.doi();
        if (p.aclId() != null) return ACL_PREFIX + p.aclId();
        return null;
    }
}
