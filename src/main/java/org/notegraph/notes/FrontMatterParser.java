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
 * Finds a {@code ---} delimited YAML block or a {@code +++} delimited TOML block (as Hugo and
 * Zotero-Obsidian vaults write it) at the top of a note. YAML is loaded with snakeyaml-engine in
 * safe mode: no custom tags, few aliases (no billion-laughs), no duplicate or recursive keys, and a
 * size cap; every scalar stays text as written, so {@code arxiv: 1810.05270} keeps its trailing
 * zero. TOML is loaded with Jackson's TOML reader. Malformed front matter is a warning with its line;
 * the note is still built without it.
 */
public final class FrontMatterParser {
    private static final int MAX_CODE_POINTS = 256 * 1024;
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    /**
     * The front matter block's location and content; {@code yaml} (the block's text, YAML or TOML) is
     * null when there is none.
     */
    public record Block(String yaml, int start, int end, int firstLine, int lastLine, boolean toml) {
        public Block(String yaml, int start, int end, int firstLine, int lastLine) {
            this(yaml, start, end, firstLine, lastLine, false);
        }
    }

    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("^\\s*\"?([A-Za-z0-9_\\-. ]{1,80}?)\"?\\s*(?::|=)(?:\\s|$)");

    public record Result(FrontMatter frontMatter, String problem, int problemLine) {}

    /** Locates the block; {@code end} is the offset just past the closing delimiter line. */
    public Block locate(String text) {
        boolean toml = text.startsWith("+++");
        if (!text.startsWith("---") && !toml) return new Block(null, 0, 0, 0, 0);
        String fence = toml ? "+++" : "---";
        int firstEol = text.indexOf('\n');
        if (firstEol < 0 || !text.substring(0, firstEol).strip().equals(fence)) return new Block(null, 0, 0, 0, 0);
        int pos = firstEol + 1;
        int line = 2;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String l = eol < 0 ? text.substring(pos) : text.substring(pos, eol);
            String s = l.strip();
            if (s.equals(fence) || (!toml && s.equals("..."))) {
                int end = eol < 0 ? text.length() : eol + 1;
                return new Block(text.substring(firstEol + 1, pos), 0, end, 1, line, toml);
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
        if (block.toml()) return parseToml(block);
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
            return new Result(new FrontMatter(values, block.firstLine(), block.lastLine(), keyLines(block)), null, 0);
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

    private static final com.fasterxml.jackson.dataformat.toml.TomlMapper TOML =
            new com.fasterxml.jackson.dataformat.toml.TomlMapper();

    private Result parseToml(Block block) {
        if (block.yaml().codePointCount(0, block.yaml().length()) > MAX_CODE_POINTS) {
            return new Result(FrontMatter.EMPTY, "malformed front matter: larger than " + MAX_CODE_POINTS + " characters", block.firstLine());
        }
        try {
            Map<String, Object> loaded = TOML.readValue(block.yaml(),
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {});
            LinkedHashMap<String, Object> values = new LinkedHashMap<>();
            if (loaded != null) loaded.forEach((k, v) -> { if (k != null) values.put(k, tomlPlain(v)); });
            return new Result(new FrontMatter(values, block.firstLine(), block.lastLine(), keyLines(block)), null, 0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? block.firstLine()
                    : e.getLocation().getLineNr() + 1;
            return new Result(FrontMatter.EMPTY, "malformed front matter (TOML): " + firstLine(e.getOriginalMessage()), line);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(FrontMatter.EMPTY, "malformed front matter (TOML): " + e.getClass().getSimpleName(), block.firstLine());
        }
    }

    /** TOML values as the YAML loader gives them: text for scalars, lists and maps of the same. */
    private static Object tomlPlain(Object v) {
        if (v == null) return null;
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> { if (k != null) out.put(k.toString(), tomlPlain(x)); });
            return out;
        }
        if (v instanceof java.util.Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object x : c) out.add(tomlPlain(x));
            return out;
        }
        String s = CONTROL.matcher(v.toString()).replaceAll(" ");
        return s.isEmpty() ? null : s;
    }

    /** The line of each top-level key, for pointing at a front matter field in the note. */
    private static Map<String, Integer> keyLines(Block block) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = block.yaml().split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.isEmpty() || Character.isWhitespace(row.charAt(0)) || row.startsWith("#") || row.startsWith("-")) continue;
            java.util.regex.Matcher m = KEY_LINE.matcher(row);
            if (m.find()) lines.putIfAbsent(m.group(1).strip().toLowerCase(java.util.Locale.ROOT), block.firstLine() + 1 + i);
        }
        return lines;
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
