package org.notegraph.notes;

import java.util.Map;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds a {@code ---} delimited YAML block at the top of a note and loads it with snakeyaml-engine in
 * safe mode: no custom tags, few aliases (no billion-laughs), no duplicate or recursive keys, and a
 * size cap. Every scalar stays text as written, so {@code arxiv: 1810.05270} keeps its
 * trailing zero. Malformed YAML is a warning with its line; the note is still built without it.
 */
public final class FrontMatterParser {
    private static final int MAX_CODE_POINTS = 256 * 1024;
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    /** The front matter block's location and content; {@code yaml} is null when there is none. */
    public record Block(String yaml, int start, int end, int firstLine, int lastLine) {}

    public record Result(FrontMatter frontMatter, String problem, int problemLine) {}

    /** Locates the block; {@code end} is the offset just past the closing delimiter line. */
    public Block locate(String text) {
        if (!text.startsWith("---")) return new Block(null, 0, 0, 0, 0);
        int firstEol = text.indexOf('\n');
        if (firstEol < 0 || !text.substring(0, firstEol).strip().equals("---")) return new Block(null, 0, 0, 0, 0);
        int pos = firstEol + 1;
        int line = 2;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String l = eol < 0 ? text.substring(pos) : text.substring(pos, eol);
            String s = l.strip();
            if (s.equals("---") || s.equals("...")) {
                int end = eol < 0 ? text.length() : eol + 1;
                return new Block(text.substring(firstEol + 1, pos), 0, end, 1, line);
            }
            if (eol < 0) break;
            pos = eol + 1;
            line++;
        }
        return new Block(null, 0, 0, 0, 0);
    }

    public Result parse(Block block) {
        if (block.yaml() == null) return new Result(FrontMatter.EMPTY, null, 0);
        if (block.yaml().isBlank()) return new Result(new FrontMatter(Map.of(), block.firstLine(), block.lastLine()), null, 0);
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setLabel("front matter")
                .build();
        try {
            Object loaded = new Compose(settings).composeString(block.yaml()).map(FrontMatterParser::plain).orElse(null);
            if (loaded == null) return new Result(new FrontMatter(Map.of(), block.firstLine(), block.lastLine()), null, 0);
            if (!(loaded instanceof Map<?, ?> map)) {
                return new Result(FrontMatter.EMPTY, "front matter is not a mapping of keys to values", block.firstLine());
            }
            java.util.LinkedHashMap<String, Object> values = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> { if (k != null) values.put(k.toString(), v); });
            return new Result(new FrontMatter(values, block.firstLine(), block.lastLine()), null, 0);
        } catch (DuplicateKeyException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(block.firstLine());
            return new Result(FrontMatter.EMPTY, "malformed front matter: " + e.getProblem().replace("found ", ""), line);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(block.firstLine());
            return new Result(FrontMatter.EMPTY, "malformed front matter: " + firstLine(e.getMessage()), line);
        } catch (StackOverflowError e) {
            return new Result(FrontMatter.EMPTY, "malformed front matter: nested too deeply", block.firstLine());
        } catch (YamlEngineException | IllegalArgumentException e) {
            return new Result(FrontMatter.EMPTY, "malformed front matter: " + firstLine(String.valueOf(e.getMessage())), block.firstLine());
        }
    }

    /** YAML nodes as maps, lists and text: scalars stay as written, empty and null scalars become null. */
    private static Object plain(Node node) {
        if (node.isRecursive()) throw new YamlEngineException("recursive alias (an anchor used inside itself)");
        if (node instanceof ScalarNode scalar) {
            // escapes such as "\x01" or "\0" make control characters the note's text cannot hold: blank them as the reader does
            String v = CONTROL.matcher(scalar.getValue()).replaceAll(" ");
            boolean plainStyle = scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
            return plainStyle && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) ? null : v;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node n : seq.getValue()) list.add(plain(n));
            return list;
        }
        if (node instanceof MappingNode map) {
            LinkedHashMap<String, Object> m = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Object k = plain(t.getKeyNode());
                if (k == null) continue;
                if (m.containsKey(k.toString())) {
                    throw new DuplicateKeyException(map.getStartMark(), k, t.getKeyNode().getStartMark());
                }
                m.put(k.toString(), plain(t.getValueNode()));
            }
            return m;
        }
        return null;
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
