package org.notegraph.extract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notegraph.extract.concepts.Concept;

class EndpointTest {
    @Test
    void aNameWrappedAcrossLinesIsOneNameOnOneLine() {
        assertThat(new Endpoint.Named("Folded\n  Lattice   Router ", Concept.Kind.METHOD).name()).isEqualTo("Folded Lattice Router");
        assertThat(new Endpoint.Cited("Okafor et\nal. (2021)").text()).isEqualTo("Okafor et al. (2021)");
    }

    @Test
    void aRelationsEndsAsWrittenAreOneLine() {
        RelationMention r = new RelationMention(new Endpoint.Cited("a"), org.notegraph.model.Relation.USES, new Endpoint.Cited("b"),
                "evidence", null, 0.7, "rule", "Sparse\nRouter", "Russian Roulette\n  estimator");
        assertThat(r.subjectText()).isEqualTo("Sparse Router");
        assertThat(r.objectText()).isEqualTo("Russian Roulette estimator");
    }
}
