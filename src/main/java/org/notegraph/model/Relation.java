package org.notegraph.model;

import java.util.Optional;

/**
 * The typed relations notes state between papers, methods, phenomena and claims, each in one
 * place: its name (as cue files, annotations and the ontology write it), its property IRI, the CiTO
 * property it specialises (if any), and how a page names it from either end ("extends →",
 * "← extended by"). A new relation is a constant here plus its property in the ontology and shapes.
 * The order is the order pages show relations in.
 */
public enum Relation {
    PROPOSES("proposes", "proposed by", null),
    EXTENDS("extends", "extended by", "extends"),
    DISPUTES("disputes", "disputed by", "disputes"),
    SUPPORTS("supports", "supported by", "supports"),
    OUTPERFORMS("outperforms", "outperformed by", null),
    USES("uses", "used by", "usesMethodIn"),
    STUDIES("studies", "studied by", null);

    private final String label;
    private final String inverseLabel;
    private final String citoLocalName;

    Relation(String label, String inverseLabel, String citoLocalName) {
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.citoLocalName = citoLocalName;
    }

    /** The relation's name read from its subject: "extends". */
    public String label() { return label; }

    /** The relation's name read from its object: "extended by". */
    public String inverseLabel() { return inverseLabel; }

    /** The ontology's property: {@code ng:extends}. */
    public String iri() { return Namespaces.NOTEGRAPH + label; }

    /** The CiTO property this one is a sub-property of ({@code cito:extends}), if any. */
    public Optional<String> citoSuperProperty() {
        return Optional.ofNullable(citoLocalName).map(local -> Namespaces.CITO + local);
    }

    /** The relation with this name ("extends"), exactly as written. */
    public static Optional<Relation> named(String label) {
        for (Relation r : values()) if (r.label.equals(label)) return Optional.of(r);
        return Optional.empty();
    }

    /**
     * The relation an annotation key names (a front-matter key, a Dataview field, a {@code #key/value}
     * tag): a relation's own name, or method(s) → uses, phenomenon/phenomena → studies, and the
     * bare verbs (extend, dispute, …).
     */
    public static Optional<Relation> forAnnotationKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT).strip();
        Optional<Relation> named = named(k);
        if (named.isPresent()) return named;
        return Optional.ofNullable(switch (k) {
            case "method", "methods", "use", "uses-method" -> USES;
            case "phenomenon", "phenomena", "studies-phenomenon" -> STUDIES;
            case "extend" -> EXTENDS;
            case "dispute" -> DISPUTES;
            case "support" -> SUPPORTS;
            case "propose" -> PROPOSES;
            default -> null;
        });
    }

    /** The relation whose property this IRI is. */
    public static Optional<Relation> ofIri(String iri) {
        for (Relation r : values()) if (r.iri().equals(iri)) return Optional.of(r);
        return Optional.empty();
    }

    @Override
    public String toString() { return label; }
}
