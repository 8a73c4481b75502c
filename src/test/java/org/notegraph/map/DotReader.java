package org.notegraph.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of the DOT the map writes, for the tests (no Graphviz here): a {@code digraph} of
 * statements {@code ID [k=v, ...];} and {@code ID -> ID [k=v, ...];} (plus {@code graph}, {@code node},
 * {@code edge} defaults), IDs quoted or bare, quoted strings with {@code \"}, {@code \\} and
 * {@code \n} escapes. Anything else (an unbalanced quote, a stray token) is an error, so a test
 * that reads a file back proves its escaping.
 */
public final class DotReader {
    public record Edge(String source, String target, Map<String, String> attrs) {}

    public record Graph(String name, Map<String, Map<String, String>> nodes, List<Edge> edges) {}

    private final String s;
    private int i;

    private DotReader(String s) { this.s = s; }

    public static Graph read(String text) {
        return new DotReader(text).graph();
    }

    private Graph graph() {
        expectWord("digraph");
        String name = id();
        expect("{");
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        while (!peek("}")) {
            String first = id();
            if (peek("->")) {
                expect("->");
                String second = id();
                edges.add(new Edge(first, second, attrs()));
            } else {
                Map<String, String> a = attrs();
                if (!List.of("graph", "node", "edge").contains(first)) nodes.put(first, a);
            }
            expect(";");
        }
        expect("}");
        skipSpace();
        if (i != s.length()) throw error("text after the graph");
        return new Graph(name, nodes, edges);
    }

    private Map<String, String> attrs() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!peek("[")) return out;
        expect("[");
        while (!peek("]")) {
            String k = id();
            expect("=");
            out.put(k, id());
            if (peek(",")) expect(",");
        }
        expect("]");
        return out;
    }

    private String id() {
        skipSpace();
        if (i < s.length() && s.charAt(i) == '"') {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\n' || c == '\r') throw error("a raw line end inside a string");
                if (c == '\\') {
                    if (i >= s.length()) throw error("unterminated escape");
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"' -> b.append('"');
                        case '\\' -> b.append('\\');
                        case 'n' -> b.append('\n');
                        default -> throw error("unknown escape \\" + e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.' || s.charAt(i) == '#')) i++;
        if (start == i) throw error("an ID expected");
        return s.substring(start, i);
    }

    private void expectWord(String w) {
        if (!id().equals(w)) throw error("'" + w + "' expected");
    }

    private boolean peek(String token) {
        skipSpace();
        return s.startsWith(token, i);
    }

    private void expect(String token) {
        if (!peek(token)) throw error("'" + token + "' expected");
        i += token.length();
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private IllegalArgumentException error(String what) {
        int line = (int) s.substring(0, Math.min(i, s.length())).chars().filter(c -> c == '\n').count() + 1;
        return new IllegalArgumentException("DOT line " + line + ": " + what);
    }
}
