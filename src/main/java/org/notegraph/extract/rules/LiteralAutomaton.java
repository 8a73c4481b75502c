package org.notegraph.extract.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over a fixed list of literals: one left-to-right pass over a text
 * reports every literal it contains, overlapping ones included, however many there are. Text is
 * compared in ASCII lower case ({@link RequiredLiterals#fold}); literals are given folded.
 */
public final class LiteralAutomaton {
    private static final int ASCII = 128;

    /** next[state][c] for ASCII c, failure links already followed. */
    private final int[][] next;
    /** Transitions on other characters, without failure links (followed at scan time). */
    private final List<Map<Character, Integer>> wide;
    private final int[] failure;
    /** The literals (by index) that end at each state, its failure chain included. */
    private final int[][] ends;

    public LiteralAutomaton(List<String> literals) {
        List<int[]> ascii = new ArrayList<>();
        wide = new ArrayList<>();
        List<List<Integer>> endsAt = new ArrayList<>();
        newState(ascii, endsAt);
        for (int id = 0; id < literals.size(); id++) {
            String literal = literals.get(id);
            if (literal.isEmpty()) throw new IllegalArgumentException("empty literal");
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                int to = step(ascii, state, c);
                if (to < 0) {
                    to = newState(ascii, endsAt);
                    if (c < ASCII) ascii.get(state)[c] = to; else wide.get(state).put(c, to);
                }
                state = to;
            }
            endsAt.get(state).add(id);
        }
        int states = ascii.size();
        failure = new int[states];
        next = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        next[0] = ascii.get(0);
        for (int c = 0; c < ASCII; c++) {
            if (next[0][c] < 0) next[0][c] = 0; else queue.add(next[0][c]);
        }
        for (int to : wide.get(0).values()) queue.add(to);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            next[state] = ascii.get(state);
            endsAt.get(state).addAll(endsAt.get(failure[state]));
            for (int c = 0; c < ASCII; c++) {
                int to = next[state][c];
                if (to < 0) {
                    next[state][c] = next[failure[state]][c];
                } else {
                    failure[to] = next[failure[state]][c];
                    queue.add(to);
                }
            }
            for (var e : wide.get(state).entrySet()) {
                failure[e.getValue()] = wideStep(failure[state], e.getKey());
                queue.add(e.getValue());
            }
        }
        ends = new int[states][];
        for (int s = 0; s < states; s++) ends[s] = endsAt.get(s).stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    /** Marks {@code found[id]} for every literal the text contains. */
    public void scan(CharSequence text, boolean[] found) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = RequiredLiterals.fold(text.charAt(i));
            state = c < ASCII ? next[state][c] : wideStep(state, c);
            for (int id : ends[state]) found[id] = true;
        }
    }

    private int wideStep(int state, char c) {
        while (true) {
            Integer to = wide.get(state).get(c);
            if (to != null) return to;
            if (state == 0) return 0;
            state = failure[state];
        }
    }

    private int newState(List<int[]> ascii, List<List<Integer>> endsAt) {
        int[] row = new int[ASCII];
        Arrays.fill(row, -1);
        ascii.add(row);
        wide.add(new HashMap<>());
        endsAt.add(new ArrayList<>());
        return ascii.size() - 1;
    }

    private int step(List<int[]> ascii, int state, char c) {
        if (c < ASCII) return ascii.get(state)[c];
        Integer to = wide.get(state).get(c);
        return to == null ? -1 : to;
    }
}
