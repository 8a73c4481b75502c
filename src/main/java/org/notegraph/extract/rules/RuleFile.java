package org.notegraph.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated rule files that hold extraction rules as data ({@code #} starts a comment). */
public final class RuleFile {
    private RuleFile() {}

    public static List<String[]> classpath(String name) {
        InputStream in = RuleFile.class.getResourceAsStream("/notegraph/" + name);
        if (in == null) throw new IllegalStateException("missing rule file on classpath: " + name);
        return read(in, name);
    }

    public static List<String[]> file(Path path) {
        try {
            return read(Files.newInputStream(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + path, e);
        }
    }

    /** A line of a data file with its number, for messages that name file:line. */
    public record Line(int number, String text) {}

    /**
     * The lines of any classpath resource ({@code map/map-style.tsv}) but blank ones and those
     * starting with {@code #}, numbered from 1, for data files read outside extraction.
     */
    public static List<Line> resourceLines(String path) {
        InputStream in = RuleFile.class.getResourceAsStream("/" + path);
        if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) lines.add(new Line(n, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return lines;
    }

    private static List<String[]> read(InputStream in, String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
        return rows;
    }
}
