package org.notegraph.enrich;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The arXiv export API ({@code /api/query?id_list=ID}): an Atom feed with one {@code entry} per
 * paper (title, {@code author/name} in order, {@code published}, {@code arxiv:journal_ref}); an
 * unknown id gives an empty feed or an entry whose id is an {@code /api/errors} address. Venue: the
 * journal reference when the authors gave one, else "arXiv". arXiv asks for one request every 3 s.
 */
final class ArxivSource implements Source {
    static final String DEFAULT_BASE = "https://export.arxiv.org/api/query";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    private final String base;

    ArxivSource(String base) { this.base = Source.trim(base == null ? DEFAULT_BASE : base); }

    public String name() { return "arxiv"; }
    public String extension() { return "xml"; }
    public String accept() { return "application/atom+xml"; }

    public Optional<Lookup> lookup(KnownPaper paper, String title) {
        if (paper.arxivId() == null) return Optional.empty();
        String url = base + "?id_list=" + Source.encode(paper.arxivId(), true);
        return Optional.of(new Lookup("arxiv:" + paper.arxivId(), URI.create(url), url, null));
    }

    public Optional<Work> read(String body, Lookup lookup) {
        Document doc = parse(body);
        Element feed = doc.getDocumentElement();
        if (!"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
            throw new IllegalArgumentException("not an Atom feed");
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        if (entries.getLength() == 0) return Optional.empty();
        Element entry = (Element) entries.item(0);
        String id = text(entry, ATOM, "id");
        if (id != null && id.contains("/api/errors")) return Optional.empty();
        List<String> authors = new ArrayList<>();
        for (Element a : children(entry, ATOM, "author")) {
            String name = text(a, ATOM, "name");
            if (name != null) authors.add(name);
        }
        String journal = text(entry, ARXIV, "journal_ref");
        String published = text(entry, ATOM, "published");
        Integer year = published != null && published.matches("\\d{4}.*") ? Integer.valueOf(published.substring(0, 4)) : null;
        Work w = new Work(text(entry, ATOM, "title"), authors, journal == null ? "arXiv" : journal, year);
        return w.title() == null ? Optional.empty() : Optional.of(w);
    }

    public TokenBucket bucket(Timing timing) { return TokenBucket.every(Duration.ofSeconds(3), 1, timing); }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML (" + e.getMessage() + ")", e);
        }
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) out.add(e);
        }
        return out;
    }

    private static String text(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : Work.clean(c.get(0).getTextContent());
    }
}
