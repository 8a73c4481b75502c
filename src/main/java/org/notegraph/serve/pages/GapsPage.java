package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.notegraph.query.GapReport;
import org.notegraph.query.NamedQueries;
import org.notegraph.rdf.NG;
import org.notegraph.serve.pages.Views.GapRow;
import org.notegraph.serve.pages.Views.GapsView;
import org.notegraph.serve.pages.Views.Link;

/** The gap worklist page: {@code queries/gaps.rq}, grouped by kind, each row linking to its resource and note. */
final class GapsPage {
    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;

    private final PrefixMapping prefixes;

    GapsPage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    GapsView gaps() {
        List<GapReport.Gap> gaps = GapReport.of(dsg, queries.timeout());
        Map<String, List<GapRow>> byKind = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> {
            Map<String, Node> notes = new java.util.HashMap<>();
            Labels labels = new Labels(dsg, site, prefixes);
            for (GapReport.Gap g : gaps) {
                Node note = notes.computeIfAbsent(g.note(), this::noteWithPath);
                String where = g.note() + ":" + g.line();
                Link noteLink = note == null ? null : new Link(site.href(note.getURI()), where, note.getURI());
                Node resource = NodeFactory.createURI(g.subject());
                // a paper is named as on every page (an untitled one by its identifier, marked); the rest as the query labels it
                Link subject = isPaper(resource) ? labels.link(resource)
                        : new Link(site.href(g.subject()), g.label().isBlank() ? g.subject() : g.label(), g.subject());
                byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(new GapRow(subject, noteLink, where, g.detail()));
            }
        });
        String editor = site.queryEditor(NamedQueries.load("gaps").orElseThrow());
        return new GapsView(byKind, gaps.size(), editor);
    }

    private boolean isPaper(Node n) {
        return dsg.find(Node.ANY, n, RDF.type.asNode(), NG.Paper).hasNext();
    }

    private Node noteWithPath(String path) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NG.path, NodeFactory.createLiteralString(path));
        return it.hasNext() ? it.next().getSubject() : null;
    }
}
