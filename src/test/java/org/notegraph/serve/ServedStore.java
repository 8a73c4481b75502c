package org.notegraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A default (read-only) server over a fresh store of the test notes ({@link TestStores#build}),
 * started once for a test class and stopped, its folder deleted, after the class:
 * {@code @RegisterExtension static final ServedStore served = new ServedStore();}.
 */
final class ServedStore implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private NotegraphServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("notegraph-served-");
        server = NotegraphServer.start(ServeOptions.store(TestStores.build(dir)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (server != null) server.close();
        } finally {
            TestStores.deleteTree(dir);
        }
    }

    NotegraphServer server() { return server; }

    /** The server's address, ending in a slash: {@code http://127.0.0.1:PORT/}. */
    String url() { return server.url(); }

    static Graph parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toGraph();
    }
}
