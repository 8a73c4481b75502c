package org.notegraph.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One named graph as the lines that are sent and hashed: its triples in N-Triples, sorted, so the
 * same content always gives the same bytes and the same hash whatever order the store lists it in.
 * The hash is what the per-target manifest compares to decide whether a graph must be sent again.
 */
public record GraphText(String graph, List<String> lines, String hash) {
    public GraphText {
        lines = List.copyOf(lines);
    }

    /** The sorted N-Triples lines of a graph (notegraph writes no blank nodes, so they are stable). */
    public static GraphText of(String graphIri, Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            String line = NodeFmtLib.strNT(t);
            lines.add(line.endsWith(" .") ? line : line + " .");
        });
        Collections.sort(lines);
        return new GraphText(graphIri, lines, sha256(lines));
    }

    /** The graph as an N-Triples document. */
    public byte[] ntriples() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public int size() { return lines.size(); }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
