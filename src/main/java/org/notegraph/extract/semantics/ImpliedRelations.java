package org.notegraph.extract.semantics;

import org.notegraph.model.Relation;

/**
 * The last rule over a note's relations: drops a relation another one of the same note already
 * implies, so the graph states each fact once, in its most specific form.
 */
final class ImpliedRelations implements SemanticRule {
    @Override
    public void read(NoteReading note, Findings findings) {
        RelationSet relations = findings.relations();
        dropUsesImpliedByExtends(relations);
        dropStudiesImpliedByStance(relations);
        dropComparisonWithOwnMethod(relations);
    }

    /**
     * A paper neither outperforms, extends nor uses the method it proposes: "it would be hard to
     * beat GAIL" in GAIL's note is about GAIL, not a comparison of the paper with it.
     */
    private static void dropComparisonWithOwnMethod(RelationSet relations) {
        relations.removeIf(r -> (r.relation() == Relation.OUTPERFORMS || r.relation() == Relation.EXTENDS || r.relation() == Relation.USES)
                && r.subject() instanceof Endpoint.Paper && relations.holds(r, Relation.PROPOSES));
    }

    /** "X extends Y" already says X builds on Y; a "uses" between the same two says nothing more. */
    private static void dropUsesImpliedByExtends(RelationSet relations) {
        relations.removeIf(r -> r.relation() == Relation.USES && relations.holds(r, Relation.EXTENDS));
    }

    /** A paper's stance on a phenomenon implies that it studies it: keep the stance only. */
    private static void dropStudiesImpliedByStance(RelationSet relations) {
        relations.removeIf(r -> r.relation() == Relation.STUDIES
                && (relations.holds(r, Relation.SUPPORTS) || relations.holds(r, Relation.DISPUTES)));
    }
}
