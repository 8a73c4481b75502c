package org.notegraph.rdf;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.notegraph.identity.Resolution;
import org.notegraph.identity.ResolvedMention;
import org.notegraph.identity.ResolvedNote;
import org.notegraph.identity.ResolvedPaper;

import static org.notegraph.rdf.Triples.add;
import static org.notegraph.rdf.Triples.addText;
import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/**
 * Maps identity resolution to the entities graph: one resource per real paper with its best title,
 * every identifier, authors, venue, year, links and where it is mentioned (so common questions need
 * no scan over note graphs), the mention → paper links, and one label per person and per venue (the
 * smallest of the ways the notes write it, so the choice does not depend on the order of the notes).
 */
public final class EntityGraphMapper {
    private EntityGraphMapper() {}

    public static Graph map(Resolution resolution) {
        Graph g = GraphFactory.createGraphMem();
        Map<String, String> personLabels = new TreeMap<>();
        Map<String, String> venueLabels = new TreeMap<>();
        for (ResolvedNote n : resolution.notes()) {
            for (ResolvedMention rm : n.mentions()) {
                if (rm.venueIri() != null) {
                    venueLabels.merge(rm.venueIri(), rm.mention().venue().edition(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
                Node m = iri(rm.iri());
                g.add(m, Vocab.OA.hasBody, iri(rm.paperIri()));
                for (String k : rm.identityKeys()) g.add(m, NG.identityKey, text(k));
                for (int i = 0; i < rm.personIris().size(); i++) {
                    personLabels.merge(rm.personIris().get(i), rm.mention().authors().get(i),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        for (ResolvedPaper p : resolution.papers()) paper(g, p);
        for (ResolvedNote n : resolution.notes()) SemanticGraphMapper.entities(g, n.semantics());
        for (ResolvedNote n : resolution.notes()) MarkupGraphMapper.entities(g, n);
        SemanticGraphMapper.newConcepts(g, resolution.notes().stream().map(ResolvedNote::semantics).toList());
        SemanticGraphMapper.citedWorks(g, resolution.notes().stream().map(ResolvedNote::semantics).toList());
        personLabels.forEach((person, label) -> g.add(iri(person), RDFS.label.asNode(), text(label)));
        venueLabels.forEach((venue, label) -> {
            g.add(iri(venue), RDF.type.asNode(), NG.Venue);
            g.add(iri(venue), RDFS.label.asNode(), text(label));
        });
        return g;
    }

    private static void paper(Graph g, ResolvedPaper p) {
        Node s = iri(p.iri());
        g.add(s, RDF.type.asNode(), NG.Paper);
        g.add(s, RDF.type.asNode(), Vocab.Fabio.ResearchPaper);
        addText(g, s, DCTerms.title.asNode(), p.title());
        p.openreviewIds().forEach(id -> g.add(s, NG.openreviewId, text(id)));
        p.arxivIds().forEach(id -> g.add(s, NG.arxivId, text(id)));
        p.dois().forEach(id -> g.add(s, Vocab.Bibo.doi, text(id)));
        p.aclIds().forEach(id -> g.add(s, NG.aclId, text(id)));
        AuthorList.write(g, s, p.iri() + "/authors", p.authors(), p.authorIris());
        if (p.venueIri() != null) {
            g.add(s, DCTerms.isPartOf.asNode(), iri(p.venueIri()));
        }
        if (p.year() != null) {
            g.add(s, Vocab.Fabio.hasPublicationYear, Triples.gYear(p.year()));
            g.add(s, NG.year, integer(p.year()));
        }
        for (String c : p.codeLinks()) add(g, s, NG.codeLink, Triples.webIri(c));
        for (String d : p.datasetLinks()) add(g, s, NG.datasetLink, Triples.webIri(d));
        g.add(s, NG.mentionCount, integer(p.mentionIris().size()));
        for (String note : p.noteIris()) g.add(s, NG.mentionedIn, iri(note));
    }
}
