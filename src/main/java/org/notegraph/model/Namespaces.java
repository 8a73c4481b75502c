package org.notegraph.model;

/**
 * The IRIs every stage shares, declared once: the notegraph vocabulary's namespace (the terms of
 * {@code ontology/notegraph.ttl}, and the concept kinds the vocabulary files are typed with), CiTO's
 * (super-properties of the relations), and the instance base used when none is given.
 */
public final class Namespaces {
    /** The notegraph ontology: {@code ng:Paper}, {@code ng:extends} ... */
    public static final String NOTEGRAPH = "https://w3id.org/notegraph#";
    /** CiTO, the Citation Typing Ontology. */
    public static final String CITO = "http://purl.org/spar/cito/";
    /** The base of instance IRIs (notes, papers, persons ...) when a build names none. */
    public static final String DEFAULT_BASE = "https://notegraph.example/";

    private Namespaces() {}
}
