package org.notegraph.query;

import java.util.List;
import java.util.SortedSet;

/** {@code --param} names a variable the query does not have (a typo would otherwise bind nothing and return everything). */
public final class UnknownParameterException extends RuntimeException {
    private final List<String> unknown;
    private final SortedSet<String> variables;

    public UnknownParameterException(List<String> unknown, SortedSet<String> variables) {
        super("the query has no variable " + String.join(", ", unknown.stream().map(v -> "?" + v + closest(v, variables)).toList())
                + " (its variables: " + (variables.isEmpty() ? "none" : String.join(", ", variables.stream().map(v -> "?" + v).toList())) + ")");
        this.unknown = List.copyOf(unknown);
        this.variables = variables;
    }

    /** " (did you mean ?x?)" for the one variable within two edits of the name, else nothing. */
    private static String closest(String name, SortedSet<String> variables) {
        List<String> near = variables.stream().filter(v -> edits(name, v) <= 2).toList();
        return near.size() == 1 ? " (did you mean ?" + near.get(0) + "?)" : "";
    }

    private static int edits(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    public List<String> unknown() { return unknown; }

    /** Every variable the query mentions, sorted. */
    public SortedSet<String> variables() { return variables; }
}
