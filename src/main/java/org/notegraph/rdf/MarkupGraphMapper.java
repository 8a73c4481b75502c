package org.notegraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.notegraph.extract.markup.NoteField;
import org.notegraph.identity.ResolvedMarkup;
import org.notegraph.identity.ResolvedNote;

import static org.notegraph.rdf.Triples.addText;
import static org.notegraph.rdf.Triples.integer;
import static org.notegraph.rdf.Triples.iri;
import static org.notegraph.rdf.Triples.text;

/**
 * Maps a note's tags, wikilinks and fields. The note graph gets what the note itself writes: its
 * tags as SKOS concepts ({@code dcterms:subject}, nested tags {@code skos:broader} their parent),
 * each wikilink with its line and target as written, each field with its key and value. What a
 * link resolves to depends on the other notes, so it goes to the entities graph
 * ({@code ng:linksTo} from the link and from the note).
 */
public final class MarkupGraphMapper {
    private MarkupGraphMapper() {}

    static void noteGraph(Graph g, Node note, ResolvedMarkup m) {
        String tagScheme = m.tagScheme();
        for (String tag : m.noteTags()) g.add(note, DCTerms.subject.asNode(), iri(tag));
        if (!m.tags().isEmpty()) g.add(iri(tagScheme), RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        for (ResolvedMarkup.Tag t : m.tags()) {
            Node tag = iri(t.iri());
            g.add(tag, RDF.type.asNode(), SKOS.Concept.asNode());
            g.add(tag, SKOS.inScheme.asNode(), iri(tagScheme));
            g.add(tag, SKOS.prefLabel.asNode(), text(t.label()));
            g.add(tag, SKOS.notation.asNode(), text(t.path()));
            if (t.broaderIri() != null) g.add(tag, SKOS.broader.asNode(), iri(t.broaderIri()));
        }
        for (ResolvedMarkup.Link l : m.links()) {
            Node link = iri(l.iri());
            g.add(link, RDF.type.asNode(), NG.WikiLink);
            g.add(link, NG.inNote, note);
            g.add(link, NG.line, integer(l.link().line()));
            g.add(link, NG.linkTarget, text(l.link().target()));
            addText(g, link, NG.linkHeading, l.link().heading());
            addText(g, link, NG.linkAlias, l.link().alias());
            if (l.link().embed()) g.add(link, NG.embed, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        for (ResolvedMarkup.Field f : m.fields()) {
            Node field = iri(f.iri());
            g.add(field, RDF.type.asNode(), NG.NoteField);
            g.add(field, NG.inNote, note);
            g.add(field, NG.line, integer(f.field().line()));
            g.add(field, NG.fieldKey, text(f.field().key()));
            g.add(field, NG.fieldValue, text(f.field().value()));
            g.add(field, NG.rule, text(f.field().source() == NoteField.Source.DATAVIEW
                    ? "dataview-field" : "front-matter-field"));
        }
    }

    static void entities(Graph g, ResolvedNote n) {
        Node note = iri(n.iri());
        for (ResolvedMarkup.Link l : n.markup().links()) {
            Node link = iri(l.iri());
            g.add(link, NG.targetKind, text(l.target().name().toLowerCase(java.util.Locale.ROOT)));
            if (l.targetIri() == null) continue;
            g.add(link, NG.linksTo, iri(l.targetIri()));
            if (!l.targetIri().equals(n.iri())) g.add(note, NG.linksTo, iri(l.targetIri()));
        }
    }
}
