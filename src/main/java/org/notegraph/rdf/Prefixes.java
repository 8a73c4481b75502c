package org.notegraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes used in exports and queries, plus {@code kg:} for the instance base. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMapping standard(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("ng", NG.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("foaf", FOAF.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("fabio", Vocab.Fabio.NS);
        pm.setNsPrefix("bibo", Vocab.Bibo.NS);
        pm.setNsPrefix("cito", Vocab.Cito.NS);
        pm.setNsPrefix("prov", Vocab.Prov.NS);
        pm.setNsPrefix("oa", Vocab.OA.NS);
        if (base != null) pm.setNsPrefix("kg", base);
        pm.lock();
        return pm;
    }
}
