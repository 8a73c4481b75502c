package org.notegraph.serve.pages;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses of the notegraph pages: a resource's page ({@code /page?iri=...}, or its path
 * when the IRI is under the instance base), the search page, and links into the Fuseki UI's
 * query editor.
 */
public final class Site {
    public static final String HOME = "/home";
    public static final String PAGE = "/page";
    public static final String SEARCH = "/search";
    public static final String GAPS = "/gaps";
    public static final String EVIDENCE = "/evidence";
    public static final String MAP = "/map";
    public static final String MAP_JSON = "/map.json";
    /** notegraph's own static files (the map's script, ECharts from its webjar). */
    public static final String ASSETS = "/assets";

    /** Path characters an IRI's rest may use to be served by path (as {@code IriMinter} writes them). */
    private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9\\-._~/%]+");

    private final String base;
    private final String dataset;
    private final Set<String> reserved;

    public Site(String base, String dataset) {
        this.base = base;
        this.dataset = dataset;
        this.reserved = Set.of("", "$", dataset, "home", "page", "search", "evidence", "gaps", "map", "map.json", "assets", "static", "index.html", "favicon.ico");
    }

    public String base() { return base; }

    public String dataset() { return dataset; }

    /** The page of a resource: its path under the base when that is unambiguous, else {@code /page?iri=}. */
    public String href(String iri) {
        if (base != null && iri.startsWith(base)) {
            String rest = iri.substring(base.length());
            if (!rest.isEmpty() && PATH_SAFE.matcher(rest).matches() && !reserved.contains(firstSegment(rest))
                    && !rest.contains("//") && !rest.contains("%2E") && !rest.contains("%2e")) {
                return "/" + rest;
            }
        }
        return PAGE + "?iri=" + encode(iri);
    }

    /** The IRI a request path stands for when it is not one of the server's own paths. */
    public Optional<String> iriForPath(String rawPath) {
        if (base == null || !rawPath.startsWith("/")) return Optional.empty();
        String rest = rawPath.substring(1);
        if (reserved.contains(firstSegment(rest)) || !PATH_SAFE.matcher(rest).matches()) return Optional.empty();
        return Optional.of(base + rest);
    }

    public String search(String words) { return SEARCH + "?q=" + encode(words); }

    /** The literature map centred on a resource. */
    public static String mapOf(String iri) { return MAP + "?focus=" + encode(iri); }

    /** The Fuseki UI's query editor on this dataset, opened with a query. */
    public String queryEditor(String sparql) {
        return "/#/dataset/" + dataset + "/query?query=" + encode(sparql);
    }

    /** Percent-encoding for a query parameter (spaces as %20, which hash routers decode too). */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
