package org.notegraph.serve.pages;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@code GET /paper/arxiv/1706.03762} as the page of
 * {@code <base>paper/arxiv/1706.03762} when the dataset knows that IRI; every other request
 * (the server's own paths, unknown paths) passes on.
 */
final class ResourcePathFilter implements Filter {
    private final Pages pages;

    ResourcePathFilter(Pages pages) { this.pages = pages; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Optional<String> iri = pages.data().site().iriForPath(path);
            if (iri.isPresent() && pages.data().exists(iri.get())) {
                pages.resource(iri.get(), request, (HttpServletResponse) res);
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
