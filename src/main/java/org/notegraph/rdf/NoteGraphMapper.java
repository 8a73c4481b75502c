package org.notegraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.identity.ResolvedMention;
import org.notegraph.identity.ResolvedNote;

import static org.notegraph.rdf.Triples.add;
import static org.notegraph.rdf.Triples.addText;
import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/**
 * Maps one note to its own graph: the note, each paper mention with its span as a Web Annotation
 * target, the note's IRI with a character-range fragment (its type ng:PaperMention is, by the
 * ontology, an ng:Mention and an oa:Annotation),
 * and the persons and venues as the note writes them (a venue's one rdfs:label is in the entities graph). The graph depends on that note alone, so a
 * changed note is a graph replacement; links from mentions to resolved papers live in the entities
 * graph.
 */
public final class NoteGraphMapper {
    private NoteGraphMapper() {}

    public static Graph map(ResolvedNote resolved) {
        Graph g = GraphFactory.createGraphMem();
        ExtractedNote n = resolved.note();
        Node note = iri(resolved.iri());
        g.add(note, RDF.type.asNode(), NG.Note);
        g.add(note, RDF.type.asNode(), FOAF.Document.asNode());
        g.add(note, RDF.type.asNode(), Vocab.Prov.Entity);
        g.add(note, NG.path, text(n.path()));
        addText(g, note, DCTerms.title.asNode(), n.title());
        addText(g, note, DCTerms.date.asNode(), n.date());
        for (String tag : n.tags()) addText(g, note, NG.tag, tag);
        g.add(note, NG.contentHash, text(n.sha256()));
        g.add(note, NG.lineCount, integer(n.lineCount()));
        for (ResolvedMention rm : resolved.mentions()) mention(g, note, rm);
        SemanticGraphMapper.noteGraph(g, note, resolved.semantics());
        MarkupGraphMapper.noteGraph(g, note, resolved.markup());
        return g;
    }

    private static void mention(Graph g, Node note, ResolvedMention rm) {
        PaperMention m = rm.mention();
        Node s = iri(rm.iri());
        g.add(s, RDF.type.asNode(), NG.PaperMention);
        g.add(s, NG.inNote, note);
        Triples.lines(g, s, m.span().line(), m.span().endLine());
        g.add(s, NG.rule, text(m.rule()));
        addText(g, s, NG.titleAsWritten, m.title());
        if (m.linkText() != null && !m.linkText().equals(m.title())) addText(g, s, NG.linkText, m.linkText());
        add(g, s, NG.url, Triples.webIri(m.url()));
        addText(g, s, NG.openreviewId, m.ids().openreview());
        addText(g, s, NG.arxivId, m.ids().arxiv());
        addText(g, s, Vocab.Bibo.doi, m.ids().doi());
        addText(g, s, NG.aclId, m.ids().acl());
        addText(g, s, NG.authorsAsWritten, m.authorsAsWritten());
        AuthorList.write(g, s, rm.iri() + "/authors", m.authors(), rm.personIris());
        if (m.venue() != null) {
            Node venue = iri(rm.venueIri());
            g.add(s, NG.venue, venue);
            addText(g, s, NG.venueAsWritten, m.venue().label());
            g.add(venue, RDF.type.asNode(), NG.Venue);
            // no rdfs:label here: notes may write one venue differently ("ICLR 2020", "iclr 2020") and the
            // venue has exactly one label, chosen over all notes in the entities graph
            addText(g, venue, NG.venueSeries, m.venue().series());
            if (m.venue().year() != null) g.add(venue, NG.year, integer(m.venue().year()));
        }
        if (m.year() != null) g.add(s, NG.year, integer(m.year()));
        addText(g, s, NG.topic, m.topic());
        addText(g, s, NG.body, m.body());
        for (String c : m.codeLinks()) add(g, s, NG.codeLink, Triples.webIri(c));
        for (String d : m.datasetLinks()) add(g, s, NG.datasetLink, Triples.webIri(d));
        WebAnnotation.target(g, s, note, m.span().start(), m.span().end());
    }
}
