package org.notegraph.serve.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.notegraph.serve.pages.Views.Evidence;
import org.notegraph.serve.pages.Views.Link;

/** Where a statement or claim was read, from the columns ?note ?path ?line ?end ?confidence ?rule of a page's query. */
final class StatedAt {
    private StatedAt() {}

    static Evidence evidence(Site site, Binding b, String quote, Link statement) {
        Node note = b.get("note");
        Link where = new Link(site.href(note.getURI()), Labels.where(b.get("path"), b.get("line"), b.get("end")), note.getURI());
        return new Evidence(quote, where, text(b.get("confidence")), text(b.get("rule")), statement);
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
