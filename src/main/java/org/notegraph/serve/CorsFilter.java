package org.notegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin reads: any web page may GET (or HEAD) query results, resource pages and data, but
 * never with credentials, and no other method is offered, so another site's script cannot write.
 * A preflight asking for GET or HEAD is answered here; any other preflight gets no CORS headers.
 */
public final class CorsFilter implements Filter {
    private static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type";
    private static final String EXPOSE_HEADERS = "Content-Type, Content-Length, Content-Disposition, Fuseki-Request-Id";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin != null) {
            String method = request.getMethod();
            String asked = request.getHeader("Access-Control-Request-Method");
            if (method.equals("OPTIONS") && asked != null) {
                if (asked.equals("GET") || asked.equals("HEAD")) {
                    response.setHeader("Access-Control-Allow-Origin", "*");
                    response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                    response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
                    response.setHeader("Access-Control-Max-Age", "1800");
                    response.setHeader("Vary", "Origin");
                }
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            if (method.equals("GET") || method.equals("HEAD")) {
                response.setHeader("Access-Control-Allow-Origin", "*");
                response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            }
        }
        chain.doFilter(req, res);
    }
}
