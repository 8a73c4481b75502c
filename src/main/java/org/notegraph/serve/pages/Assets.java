package org.notegraph.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /assets/NAME}: the few static files the pages use, from notegraph's own classpath
 * and nothing else: the map's script ({@code assets/map.js} in notegraph's resources) and ECharts
 * ({@code echarts.min.js}, from the {@code org.webjars.npm:echarts} jar, whatever its version).
 * Any other name is 404; nothing is read from the file system.
 */
final class Assets extends HttpServlet {
    /** ECharts' webjar version, read from the jar's Maven metadata. */
    static final String ECHARTS_VERSION = echartsVersion();

    private static final Map<String, String> FILES = Map.of(
            "map.js", "assets/map.js",
            "echarts.min.js", "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        String resource = path == null ? null : FILES.get(path.startsWith("/") ? path.substring(1) : path);
        InputStream in = resource == null ? null : Assets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            res.setStatus(HttpServletResponse.SC_OK);
            res.setContentType("text/javascript;charset=utf-8");
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Cache-Control", "public, max-age=3600");
            res.setContentLength(bytes.length);
            res.getOutputStream().write(bytes);
        }
    }

    private static String echartsVersion() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) throw new IllegalStateException("the ECharts webjar (org.webjars.npm:echarts) is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
