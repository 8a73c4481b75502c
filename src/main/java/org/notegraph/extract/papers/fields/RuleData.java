package org.notegraph.extract.papers.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated rule file under {@code /notegraph/} on the class path ({@code #} starts a comment line). */
final class RuleData {
    private RuleData() {}

    static List<String[]> rows(String name) {
        InputStream in = RuleData.class.getResourceAsStream("/notegraph/" + name);
        if (in == null) throw new IllegalStateException("missing rule file on classpath: " + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
        return rows;
    }
}
