package org.notegraph.serve.pages;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the Fuseki UI's start page ({@code /} and {@code /index.html}) with one addition: a
 * fixed link to the notegraph home page, so a reader who lands in the UI finds the browsable
 * pages. Everything else of the UI is served by Fuseki unchanged.
 */
final class UiLinkFilter implements Filter {
    static final String LINK = "<a id=\"notegraph-home\" href=\"home\" style=\"position:fixed;right:14px;bottom:14px;"
            + "z-index:5000;background:#23395b;color:#fff;padding:8px 14px;border-radius:6px;font:600 14px system-ui,sans-serif;"
            + "text-decoration:none;box-shadow:0 2px 6px rgba(0,0,0,.3)\">notegraph: browse papers, authors and notes</a>";

    private final byte[] page;

    UiLinkFilter() {
        byte[] p = null;
        try (InputStream in = UiLinkFilter.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in != null) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (html.contains("</body>")) p = html.replace("</body>", LINK + "\n</body>").getBytes(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            p = null;
        }
        page = p;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (page != null && request.getMethod().equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        chain.doFilter(req, res);
    }
}
