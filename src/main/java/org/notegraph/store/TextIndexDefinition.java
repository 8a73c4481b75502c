package org.notegraph.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.notegraph.rdf.NG;

/**
 * What the full-text (jena-text, Lucene) index holds: one Lucene document per triple whose
 * predicate is listed here, all in one field, so {@code text:query "words"} finds papers and notes
 * by title, mentions by the text of their item or section, and persons and venues by name.
 * {@code fuseki-config.ttl} declares the same map; a test keeps the two in step.
 */
public final class TextIndexDefinition {
    /** The Lucene field holding the subject IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** The one indexed field every listed predicate maps to. */
    public static final String FIELD = "text";
    /** A hash of graph, subject, predicate and value, so replacing a note's graph deletes its documents. */
    public static final String UID_FIELD = "uid";

    /** Indexed predicates: titles (papers, notes, mentions as written), mention text, names. */
    public static final List<Node> PREDICATES = List.of(
            DCTerms.title.asNode(), NG.titleAsWritten, NG.body, RDFS.label.asNode(), FOAF.name.asNode());

    /** The folder of the Lucene index inside a store folder. */
    public static final String FOLDER = "text";

    private TextIndexDefinition() {}

    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FIELD);
        for (Node p : PREDICATES) def.set(FIELD, p);
        def.setUidField(UID_FIELD);
        return def;
    }
}
