package org.notegraph.extract.concepts;

import java.util.List;

/**
 * A concept of the vocabulary (a method, phenomenon, dataset or task) or a method a note
 * introduces: its IRI, preferred label, kind, and every label it is written as.
 */
public record Concept(String iri, String prefLabel, Kind kind, List<String> labels) implements java.io.Serializable {
    public enum Kind { METHOD, PHENOMENON, DATASET, TASK }

    public Concept {
        labels = List.copyOf(labels);
    }
}
