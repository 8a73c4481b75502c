package org.notegraph.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A large graph sent to a store that wants a login must arrive whole even when the store, as many
 * do, answers the first unauthenticated request with 401 and closes the connection without
 * reading the body. The server here is a raw socket that behaves exactly so.
 */
class HttpTransportLoginTest {
    private static final String USER = "publisher";
    private static final String PASSWORD = "correct horse battery";

    /** Answers 401 (and hangs up) to requests without a login, reads and accepts the rest. */
    static final class ChallengingServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refusedWithBody = new AtomicInteger();
        final Thread loop = new Thread(this::serve, "challenging-server");

        ChallengingServer() throws IOException {
            loop.setDaemon(true);
            loop.start();
        }

        URI url() { return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/ds/data"); }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream();
                    while (true) {
                        Map<String, String> headers = readHeaders(in);
                        if (headers == null) break;
                        long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
                        String expected = "Basic " + java.util.Base64.getEncoder()
                                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                        if (!expected.equals(headers.get("authorization"))) {
                            refused.incrementAndGet();
                            if (length > 0) refusedWithBody.incrementAndGet();
                            out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\n"
                                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            break;
                        }
                        in.readNBytes((int) length);
                        if (length > 0) accepted.incrementAndGet();
                        out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    // the client hung up; wait for the next connection
                }
            }
        }

        private static Map<String, String> readHeaders(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                head.write(c);
                byte[] b = head.toByteArray();
                int n = b.length;
                if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') break;
            }
            if (c < 0) return null;
            Map<String, String> headers = new HashMap<>();
            String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return headers;
        }

        @Override
        public void close() throws IOException { socket.close(); }
    }

    @Test
    void largeGraphsReachAStoreThatRefusesTheFirstRequestAndHangsUp() throws Exception {
        try (ChallengingServer server = new ChallengingServer()) {
            HttpTransport http = new HttpTransport(server.url(), Optional.of(new Credentials(USER, PASSWORD)),
                    new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)), Duration.ofSeconds(30));
            byte[] body = new byte[8 << 20];
            java.util.Arrays.fill(body, (byte) 'x');
            for (int i = 0; i < 3; i++) {
                URI graph = URI.create(server.url() + "?graph=https%3A%2F%2Fnotegraph.example%2Fnote%2Fn" + i + ".md");
                int code = http.send(() -> HttpRequest.newBuilder(graph).PUT(HttpRequest.BodyPublishers.ofByteArray(body)),
                        graph.toString(), "sending graph n" + i);
                assertThat(code).isEqualTo(204);
            }
            assertThat(server.accepted.get()).as("every graph arrived with the login").isEqualTo(3);
            assertThat(server.refused.get()).as("only the first request went without the login").isEqualTo(1);
            assertThat(server.refusedWithBody.get()).as("no graph was sent before the login was known").isZero();
        }
    }
}
