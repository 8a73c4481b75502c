package org.notegraph.extract.markup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tag of a note, from its front matter ({@code tags:}, {@code categories:}) or its prose
 * ({@code #reading-group}); {@code name} is written without the {@code #}, and a nested tag
 * ({@code #ml/optimisation}) keeps its slashes. Tags compare case-insensitively, as Obsidian's do.
 */
public record NoteTag(String name, int line) implements Serializable {
    /** The tag's path in lower case, the same however a note capitalises it. */
    public String key() { return name.toLowerCase(Locale.ROOT); }

    /** The tag and each tag it is nested in, outermost first: "a", "a/b", "a/b/c". */
    public List<String> pathKeys() {
        List<String> out = new ArrayList<>();
        String k = key();
        for (int i = k.indexOf('/'); i > 0; i = k.indexOf('/', i + 1)) out.add(k.substring(0, i));
        out.add(k);
        return out;
    }
}
