package org.notegraph.serve.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.notegraph.map.MapRequest;

/**
 * Renders the pages: HTML through the precompiled jte templates (which escape every value, so
 * note text that holds HTML is shown as text), or a resource's triples as Turtle, JSON-LD or
 * N-Triples, chosen by {@code ?format=} or the Accept header.
 */
public final class Pages {
    /** Scripts are never needed on these pages; the policy stops any that slipped into the markup. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'self'";

    /**
     * The map page runs scripts, notegraph's own only: its script and ECharts, both from
     * {@code /assets}; the data comes from {@code /map.json} on this server.
     */
    static final String MAP_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY, "turtle", RDFFormat.TURTLE_PRETTY,
            "jsonld", RDFFormat.JSONLD_PRETTY, "json-ld", RDFFormat.JSONLD_PRETTY, "json", RDFFormat.JSONLD_PRETTY,
            "nt", RDFFormat.NTRIPLES, "ntriples", RDFFormat.NTRIPLES, "n-triples", RDFFormat.NTRIPLES);

    private static final AcceptList OFFER = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/json");

    private final PageData data;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public Pages(PageData data) { this.data = data; }

    public PageData data() { return data; }

    /** A resource's page, in the format asked for. */
    public void resource(String iri, HttpServletRequest req, HttpServletResponse res) throws IOException {
        withinTimeLimit(res, () -> resourcePage(iri, req, res));
    }

    /** What a page does; it may stop with {@link QueryCancelledException} at the time limit. */
    @FunctionalInterface
    interface Page {
        void render() throws IOException;
    }

    /**
     * Renders a page, or, when one of its queries ran past the server's time limit, answers
     * 503 with a page that says so (nothing of the page has been sent then: pages are rendered
     * in full before they are written).
     */
    void withinTimeLimit(HttpServletResponse res, Page page) throws IOException {
        try {
            page.render();
        } catch (QueryCancelledException e) {
            if (res.isCommitted()) throw e;
            res.reset();
            res.setHeader("Retry-After", "60");
            html(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "timedout.jte", limitText(data.timeout()));
        }
    }

    /** "30 s", "1.5 s" or "200 ms". */
    static String limitText(Duration limit) {
        long ms = limit.toMillis();
        if (ms < 1000) return ms + " ms";
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0)) + " s";
    }

    private void resourcePage(String iri, HttpServletRequest req, HttpServletResponse res) throws IOException {
        RDFFormat rdf = rdfFormat(req);
        if (rdf == null && req.getParameter("format") != null && !req.getParameter("format").equalsIgnoreCase("html")) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "format is html, ttl, jsonld or nt");
            return;
        }
        res.setHeader("Vary", "Accept");
        boolean known = data.exists(iri);
        if (rdf != null) {
            Graph g = data.description(iri);
            res.setStatus(known ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
            res.setContentType(rdf.getLang().getHeaderString() + ";charset=utf-8");
            try (OutputStream out = res.getOutputStream()) {
                RDFDataMgr.write(out, g, rdf);
            }
            return;
        }
        if (!known) {
            html(res, HttpServletResponse.SC_NOT_FOUND, "notfound.jte", iri);
            return;
        }
        html(res, HttpServletResponse.SC_OK, "resource.jte", data.resource(iri));
    }

    /** The RDF format asked for by ?format= or by Accept, or null for HTML. */
    static RDFFormat rdfFormat(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) return FORMATS.get(format.toLowerCase(Locale.ROOT));
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return null;
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null) return null;
        return switch (chosen.getContentTypeStr()) {
            case "text/turtle" -> RDFFormat.TURTLE_PRETTY;
            case "application/ld+json", "application/json" -> RDFFormat.JSONLD_PRETTY;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            default -> null;
        };
    }

    void html(HttpServletResponse res, int status, String template, Object model) throws IOException {
        html(res, status, template, model, CSP);
    }

    void html(HttpServletResponse res, int status, String template, Object model, String csp) throws IOException {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Content-Security-Policy", csp);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** {@code GET /home}: counts, most-mentioned papers and authors, the search box, the queries. */
    final class HomeServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            withinTimeLimit(res, () -> html(res, HttpServletResponse.SC_OK, "home.jte", data.home()));
        }
    }

    /** {@code GET /page?iri=IRI[&format=ttl|jsonld|nt|html]}. */
    final class PageServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String iri = req.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                res.sendRedirect(Site.HOME);
                return;
            }
            iri = iri.strip();
            if (!isAbsoluteIri(iri)) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST, "not an absolute IRI");
                return;
            }
            resource(iri, req, res);
        }
    }

    static boolean isAbsoluteIri(String iri) {
        try {
            return IRIs.check(iri) && IRIx.create(iri).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * {@code GET /evidence?iri=PAPER&relation=supports|disputes|extends|uses&direction=in|out}: the
     * statements behind one of a paper's evidence counts ({@code in}, the default: those about it).
     */
    final class EvidenceServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String iri = req.getParameter("iri");
            var relation = PageData.evidenceRelation(req.getParameter("relation"));
            String direction = req.getParameter("direction") == null ? "in" : req.getParameter("direction");
            if (iri == null || !isAbsoluteIri(iri.strip()) || relation.isEmpty() || !(direction.equals("in") || direction.equals("out"))) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST, "give iri=PAPER, relation=supports|disputes|extends|uses, direction=in|out");
                return;
            }
            withinTimeLimit(res, () -> {
                var view = data.evidence(iri.strip(), relation.get(), direction.equals("in"));
                if (view.isEmpty()) html(res, HttpServletResponse.SC_NOT_FOUND, "notfound.jte", iri.strip());
                else html(res, HttpServletResponse.SC_OK, "evidence-list.jte", view.get());
            });
        }
    }

    /** {@code GET /search?q=WORDS}: full-text search with queries/search.rq. */
    final class SearchServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String q = req.getParameter("q");
            withinTimeLimit(res, () -> html(res, HttpServletResponse.SC_OK, "search.jte", data.search(q == null ? "" : q)));
        }
    }

    /** {@code GET /gaps}: the gap worklist with queries/gaps.rq. */
    final class GapsServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            withinTimeLimit(res, () -> html(res, HttpServletResponse.SC_OK, "gaps.jte", data.gaps()));
        }
    }

    /** {@code GET /map?focus=IRI|q=WORDS&depth=N}: the literature map page (drawn by /assets/map.js from /map.json). */
    final class MapServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Integer depth = depth(req.getParameter("depth"));
            String focus = req.getParameter("focus");
            if (depth == null || (focus != null && !focus.isBlank() && !isAbsoluteIri(focus.strip()))) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST, "give focus=IRI (absolute) or q=WORDS, and depth=0.." + MapRequest.MAX_DEPTH);
                return;
            }
            withinTimeLimit(res, () -> {
                var view = data.map(focus, req.getParameter("q"), depth);
                html(res, view.error() == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND, "map.jte", view, MAP_CSP);
            });
        }
    }

    /** {@code GET /map.json?focus=IRI&depth=N&relations=a,b&max=N}: the subgraph the map page draws. */
    final class MapJsonServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Integer depth = depth(req.getParameter("depth"));
            String focus = req.getParameter("focus");
            Integer max = req.getParameter("max") == null ? Integer.valueOf(MapRequest.DEFAULT_MAX_NODES) : positive(req.getParameter("max"));
            if (depth == null || max == null || (focus != null && !focus.isBlank() && !isAbsoluteIri(focus.strip()))) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST, "give focus=IRI (absolute), depth=0.." + MapRequest.MAX_DEPTH + ", max=N");
                return;
            }
            java.util.Set<String> relations = new java.util.LinkedHashSet<>();
            String rel = req.getParameter("relations");
            if (rel != null) for (String r : rel.split(",")) if (!r.isBlank()) relations.add(r.strip());
            withinTimeLimit(res, () -> {
                org.apache.jena.atlas.json.JsonObject json;
                try {
                    json = data.mapJson(focus == null || focus.isBlank() ? null : focus.strip(), depth, relations, Math.min(max, 2000));
                } catch (java.util.NoSuchElementException e) {
                    res.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                    return;
                }
                byte[] bytes = org.apache.jena.atlas.json.JSON.toString(json).getBytes(StandardCharsets.UTF_8);
                res.setStatus(HttpServletResponse.SC_OK);
                res.setContentType("application/json;charset=utf-8");
                res.setHeader("X-Content-Type-Options", "nosniff");
                res.setHeader("Cache-Control", "no-store");
                res.setContentLength(bytes.length);
                res.getOutputStream().write(bytes);
            });
        }
    }

    /** The depth asked for (default 2), or null when it is no number from 0 to the maximum. */
    static Integer depth(String text) {
        if (text == null || text.isBlank()) return MapRequest.DEFAULT_DEPTH;
        try {
            int d = Integer.parseInt(text.strip());
            return d < 0 || d > MapRequest.MAX_DEPTH ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer positive(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n < 1 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
