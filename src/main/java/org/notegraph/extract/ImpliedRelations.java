package org.notegraph.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Post-passes over a note's relations that drop a relation another one of the same note already
 * implies, so the graph states each fact once, in its most specific form.
 */
final class ImpliedRelations {
    private ImpliedRelations() {}

    /** "X extends Y" already says X builds on Y; a "uses" between the same two says nothing more. */
    static void dropUsesImpliedByExtends(ExtractionRun run) {
        run.relations.values().removeIf(r -> r.relation().equals("uses")
                && run.relations.containsKey(ExtractionRun.key(r.subject()) + "|extends|" + ExtractionRun.key(r.object())));
    }

    /** A paper's stance on a phenomenon implies that it studies it: keep the stance only. */
    static void dropStudiesImpliedByStance(ExtractionRun run) {
        Set<String> stances = new HashSet<>();
        for (RelationMention r : run.relations.values()) {
            if (r.relation().equals("supports") || r.relation().equals("disputes")) stances.add(r.subject() + "|" + r.object());
        }
        run.relations.values().removeIf(r -> r.relation().equals("studies") && stances.contains(r.subject() + "|" + r.object()));
    }
}
