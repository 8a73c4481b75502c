package org.notegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graph Store Protocol reads of the default graph ({@code GET /kg/get?default}) and SHACL
 * validation of it ({@code POST /kg/shacl?graph=default}) use the union of all graphs, as SPARQL
 * queries do. TDB2's union default graph applies to queries only; without this both would see
 * the (empty) stored default graph. The request is passed on as {@code ?graph=union}, Fuseki's
 * name for the union graph.
 */
final class UnionDefaultGraphReads implements Filter {
    private final String dataset;

    UnionDefaultGraphReads(String dataset) { this.dataset = dataset; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean gspRead = (method.equals("GET") || method.equals("HEAD"))
                && (path.equals("/" + dataset) || path.equals("/" + dataset + "/get"));
        boolean shacl = method.equals("POST") && path.equals("/" + dataset + "/shacl");
        boolean asksDefault = request.getParameter("default") != null || "default".equals(request.getParameter("graph"));
        if ((gspRead && asksDefault) || (shacl && (asksDefault || request.getParameter("graph") == null))) {
            chain.doFilter(new AsUnion(request), res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** The request with {@code default} (or {@code graph=default}) replaced by {@code graph=union}. */
    private static final class AsUnion extends HttpServletRequestWrapper {
        private final Map<String, String[]> params = new LinkedHashMap<>();

        AsUnion(HttpServletRequest request) {
            super(request);
            params.putAll(request.getParameterMap());
            params.remove("default");
            params.put("graph", new String[] {"union"});
        }

        @Override public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }
        @Override public String[] getParameterValues(String name) { return params.get(name); }
        @Override public Map<String, String[]> getParameterMap() { return Collections.unmodifiableMap(params); }
        @Override public Enumeration<String> getParameterNames() { return Collections.enumeration(params.keySet()); }
        @Override public String getQueryString() {
            StringBuilder sb = new StringBuilder();
            params.forEach((k, vs) -> {
                for (String v : vs) {
                    if (sb.length() > 0) sb.append('&');
                    sb.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                      .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return sb.toString();
        }
    }
}
