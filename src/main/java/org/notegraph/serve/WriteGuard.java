package org.notegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * Refuses every request that would change something unless writes are switched on and the user
 * is logged in. It runs before Fuseki's dispatch, so it holds whatever endpoints a dataset has
 * (including those a configuration file declares).
 *
 * <ul>
 * <li>On a dataset ({@code /kg...}): reads are GET/HEAD/OPTIONS, SPARQL queries sent by POST to
 *     the query endpoints, and SHACL validation. Anything else (SPARQL Update, Graph Store PUT, POST,
 *     DELETE, PATCH, uploads) is a write, allowed only at {@code /kg/update} and {@code /kg/data},
 *     only with {@code --allow-update}, and only for a logged-in user.</li>
 * <li>Admin operations that change the server ({@code /$/datasets} other than GET, backups,
 *     compaction, reload) need a password file and a logged-in user.</li>
 * </ul>
 * Refusals are 401 (log in; with a Basic challenge) when logging in would help, else 403.
 */
public final class WriteGuard implements Filter {
    static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> QUERY_ENDPOINTS = Set.of("", "query", "sparql");
    static final Set<String> WRITE_ENDPOINTS = Set.of("update", "data");
    static final Set<String> ADMIN_WRITE_ALWAYS = Set.of("backup", "backups", "backups-list", "compact", "reload", "sleep");

    private final boolean allowUpdate;
    private final boolean canLogIn;
    private final String realm;

    public WriteGuard(boolean allowUpdate, boolean canLogIn, String realm) {
        this.allowUpdate = allowUpdate;
        this.canLogIn = canLogIn;
        this.realm = realm;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.replaceFirst("^/+", "").split("/", -1);
        String first = segments[0];
        String second = segments.length > 1 ? segments[1] : "";
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean loggedIn = request.getRemoteUser() != null;

        if (first.equals("$")) {
            if (isAdminWrite(second, method) && !loggedIn) {
                refuse(response, canLogIn, "admin operations that change the server need a logged-in user"
                        + (canLogIn ? "" : " (start the server with --passwd FILE)"));
                return;
            }
        } else if (isDataset(request, first) && isDatasetWrite(request, second, method)) {
            if (!allowUpdate) {
                refuse(response, false, "read-only server: writes need `notegraph serve --allow-update --passwd FILE`");
                return;
            }
            if (!WRITE_ENDPOINTS.contains(second)) {
                refuse(response, false, "writes go to /" + first + "/update (SPARQL Update) or /" + first + "/data (Graph Store)");
                return;
            }
            if (!loggedIn) {
                refuse(response, true, "writes need a logged-in user");
                return;
            }
        }
        chain.doFilter(req, res);
    }

    static boolean isAdminWrite(String operation, String method) {
        if (ADMIN_WRITE_ALWAYS.contains(operation)) return true;
        return operation.equals("datasets") && !READ_METHODS.contains(method);
    }

    private static boolean isDataset(HttpServletRequest request, String name) {
        if (name.isEmpty()) return false;
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(request.getServletContext());
        return registry != null && registry.isRegistered("/" + name);
    }

    static boolean isDatasetWrite(HttpServletRequest request, String endpoint, String method) {
        if (READ_METHODS.contains(method)) return false;
        if (!method.equals("POST")) return true;
        if (endpoint.equals("shacl")) return false;
        if (!QUERY_ENDPOINTS.contains(endpoint)) return true;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) return false;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return request.getParameter("update") != null || request.getParameter("query") == null;
        }
        return true;
    }

    private void refuse(HttpServletResponse response, boolean challenge, String message) throws IOException {
        int status = challenge && canLogIn ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
