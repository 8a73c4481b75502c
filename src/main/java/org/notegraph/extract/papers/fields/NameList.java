package org.notegraph.extract.papers.fields;

import java.util.List;

/**
 * Person names read from text, in order and as written (trimmed, contribution marks dropped, an
 * {@code et al.} kept on the name before it), with the span {@code [start, end)} the list covers in the
 * text it was read from. {@code surnamesOnly} says every name is a bare surname ("Hinton and Salakhutdinov"),
 * the weakest shape, which callers may want more evidence for.
 */
public record NameList(List<String> names, int start, int end, boolean surnamesOnly) {
    public NameList {
        names = List.copyOf(names);
    }

    /** Whether the last name carries "et al." (the list is known to be incomplete). */
    public boolean etAl() {
        return !names.isEmpty() && names.get(names.size() - 1).matches("(?s).*\\bet\\.?\\s*al\\.?");
    }
}
