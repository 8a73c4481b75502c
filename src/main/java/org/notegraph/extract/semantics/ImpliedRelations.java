package org.notegraph.extract.semantics;

import org.notegraph.model.Relation;

/**
 * Post-passes over a note's relations that drop a relation another one of the same note already
 * implies, so the graph states each fact once, in its most specific form.
 */
final class ImpliedRelations {
    private ImpliedRelations() {}

    /** "X extends Y" already says X builds on Y; a "uses" between the same two says nothing more. */
    static void dropUsesImpliedByExtends(ExtractionRun run) {
        run.relations.values().removeIf(r -> r.relation() == Relation.USES && holds(run, r, Relation.EXTENDS));
    }

    /** A paper's stance on a phenomenon implies that it studies it: keep the stance only. */
    static void dropStudiesImpliedByStance(ExtractionRun run) {
        run.relations.values().removeIf(r -> r.relation() == Relation.STUDIES
                && (holds(run, r, Relation.SUPPORTS) || holds(run, r, Relation.DISPUTES)));
    }

    /** Whether the note states {@code relation} between the two ends of {@code r}. */
    private static boolean holds(ExtractionRun run, RelationMention r, Relation relation) {
        return run.relations.containsKey(ExtractionRun.key(r.subject()) + "|" + relation + "|" + ExtractionRun.key(r.object()));
    }
}
