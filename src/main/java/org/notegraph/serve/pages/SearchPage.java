package org.notegraph.serve.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.notegraph.query.NamedQueries;
import org.notegraph.rdf.NG;
import org.notegraph.store.TextIndexDefinition;
import org.notegraph.serve.pages.Views.Link;
import org.notegraph.serve.pages.Views.SearchHit;
import org.notegraph.serve.pages.Views.SearchView;

/** The search page: full-text search with {@code queries/search.rq}, each hit with its kind, paper and note. */
final class SearchPage {
    /** The search query's placeholder line, replaced by the words searched for. */
    static final String SEARCH_WORDS_LINE = "VALUES ?words { \"attention\" }";

    private final DatasetGraph dsg;
    private final PageQueries queries;
    private final Site site;
    private final PrefixMapping prefixes;

    SearchPage(PageQueries queries, Site site, PrefixMapping prefixes) {
        this.dsg = queries.dataset();
        this.queries = queries;
        this.site = site;
        this.prefixes = prefixes;
    }

    /** Full-text search with {@code queries/search.rq}, the words put in its VALUES line. */
    SearchView search(String words) {
        String text = searchQuery(words);
        String editor = site.queryEditor(text);
        if (words == null || words.isBlank()) return new SearchView("", null, List.of(), editor);
        try {
            return Txn.calculateRead(dsg, () -> {
                Labels labels = new Labels(dsg, site, prefixes);
                Snippets snippets = Snippets.of(words);
                List<SearchHit> hits = new ArrayList<>();
                {
                    queries.select(text).forEach(b -> {
                        Node hit = b.get("hit");
                        Node label = b.get("label");
                        Node kind = b.get("kind");
                        Node score = b.get("score");
                        Node paper = b.get("paper");
                        Node note = b.get("note");
                        Node line = b.get("line");
                        Link hitLink = label == null ? labels.link(hit) : new Link(site.href(hit.getURI()), label.getLiteralLexicalForm(), hit.getURI());
                        Link noteLink = null;
                        String where = null;
                        if (note != null) {
                            where = note.getLiteralLexicalForm() + (line == null ? "" : ":" + line.getLiteralLexicalForm());
                            Node noteIri = noteOf(hit);
                            if (noteIri != null) noteLink = new Link(site.href(noteIri.getURI()), where, noteIri.getURI());
                        }
                        hits.add(new SearchHit(hitLink, kind == null ? "" : kind.getLiteralLexicalForm(),
                                score == null ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(score.getLiteralLexicalForm())),
                                paper == null ? null : labels.link(paper), noteLink, where,
                                snippets == null ? List.of() : snippets.snippet(indexedText(hit), hitLink.text())));
                    });
                }
                return new SearchView(words, null, hits, editor);
            });
        } catch (QueryParseException | org.apache.jena.query.text.TextIndexException e) {
            // Lucene syntax errors arrive as jena-text's TextIndexParseException, a QueryParseException.
            return new SearchView(words, "The words could not be read as a search (" + firstLine(e.getMessage()) + ").", List.of(), editor);
        }
    }

    /** {@code queries/search.rq} with the words searched for. */
    static String searchQuery(String words) {
        String text = NamedQueries.load("search").orElseThrow(() -> new IllegalStateException("queries/search.rq missing from the classpath"));
        if (!text.contains(SEARCH_WORDS_LINE)) throw new IllegalStateException("queries/search.rq has no line " + SEARCH_WORDS_LINE);
        if (words == null || words.isBlank()) return text;
        String literal = FmtUtils.stringForNode(NodeFactory.createLiteralString(words.strip()));
        return text.replace(SEARCH_WORDS_LINE, "VALUES ?words { " + literal + " }");
    }

    /** The hit's text the search looked in: the values of the indexed predicates. */
    private List<String> indexedText(Node hit) {
        List<String> texts = new ArrayList<>();
        for (Node p : TextIndexDefinition.PREDICATES) {
            Iterator<Quad> it = dsg.find(Node.ANY, hit, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) texts.add(o.getLiteralLexicalForm());
            }
        }
        return texts;
    }

    private Node noteOf(Node mention) {
        Iterator<Quad> it = dsg.find(Node.ANY, mention, NG.inNote, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
