package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The variables --param may bind: wherever the query mentions them, not only in its patterns. */
class QueryVariablesTest {
    @Test
    void variablesInPatternsExpressionsSubqueriesAndModifiers() {
        String q = """
                SELECT ?s (SAMPLE(?label) AS ?one) WHERE {
                  ?s ?p [ ?q ?o ] .
                  BIND (LCASE(COALESCE(?want, "")) AS ?w)
                  FILTER (?w != ?other)
                  VALUES ?v { 1 }
                  GRAPH ?g { ?s ?r ?label }
                  { SELECT ?inner WHERE { ?inner ?x ?y } }
                } GROUP BY ?s HAVING (COUNT(?h) > 0) ORDER BY ?sortKey
                """;
        assertThat(QueryVariables.of(QueryFactory.create(q))).containsExactly(
                "g", "h", "inner", "label", "o", "one", "other", "p", "q", "r", "s", "sortKey", "v", "w", "want", "x", "y");
    }

    @Test
    void everyNamedQueryParameterIsAVariableOfItsQuery() {
        assertThat(QueryVariables.of(QueryFactory.create(NamedQueries.load("phenomenon-dossier").orElseThrow()))).contains("label");
        assertThat(QueryVariables.of(QueryFactory.create(NamedQueries.load("claims").orElseThrow()))).contains("words");
    }
}
