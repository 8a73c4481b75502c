package org.notegraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.notegraph.model.Namespaces;
import org.notegraph.model.Relation;

/**
 * Terms of the standard vocabularies notegraph reuses (FaBiO, BIBO, Web Annotation, PROV-O, CiTO),
 * as nodes. DCTerms, FOAF, RDF, RDFS, SKOS, OWL and XSD come from Jena's own vocabulary classes.
 */
public final class Vocab {
    private Vocab() {}

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    /** FaBiO, the FRBR-aligned Bibliographic Ontology. */
    public static final class Fabio {
        public static final String NS = "http://purl.org/spar/fabio/";
        public static final Node ResearchPaper = iri(NS + "ResearchPaper");
        public static final Node hasPublicationYear = iri(NS + "hasPublicationYear");
        private Fabio() {}
    }

    /** The Bibliographic Ontology. */
    public static final class Bibo {
        public static final String NS = "http://purl.org/ontology/bibo/";
        public static final Node doi = iri(NS + "doi");
        public static final Node authorList = iri(NS + "authorList");
        private Bibo() {}
    }

    /** W3C Web Annotation vocabulary. */
    public static final class OA {
        public static final String NS = "http://www.w3.org/ns/oa#";
        public static final Node Annotation = iri(NS + "Annotation");
        public static final Node SpecificResource = iri(NS + "SpecificResource");
        public static final Node TextPositionSelector = iri(NS + "TextPositionSelector");
        public static final Node TextQuoteSelector = iri(NS + "TextQuoteSelector");
        public static final Node hasBody = iri(NS + "hasBody");
        public static final Node hasTarget = iri(NS + "hasTarget");
        public static final Node hasSource = iri(NS + "hasSource");
        public static final Node hasSelector = iri(NS + "hasSelector");
        public static final Node motivatedBy = iri(NS + "motivatedBy");
        public static final Node identifying = iri(NS + "identifying");
        public static final Node start = iri(NS + "start");
        public static final Node end = iri(NS + "end");
        public static final Node exact = iri(NS + "exact");
        private OA() {}
    }

    /** PROV-O. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node Entity = iri(NS + "Entity");
        public static final Node wasDerivedFrom = iri(NS + "wasDerivedFrom");
        public static final Node generatedAtTime = iri(NS + "generatedAtTime");
        private Prov() {}
    }

    /** CiTO, the Citation Typing Ontology: the super-properties of the relations ({@link Relation#citoSuperProperty}). */
    public static final class Cito {
        public static final String NS = Namespaces.CITO;
        private Cito() {}
    }
}
