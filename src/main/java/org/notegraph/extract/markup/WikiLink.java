package org.notegraph.extract.markup;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A {@code [[wikilink]]} as written: its target (a note's file name or title, an alias, or a
 * file), the heading it points into and the text shown instead of the target, if any;
 * {@code embed} for {@code ![[…]]}. Offsets are the note's characters.
 */
public record WikiLink(String target, String heading, String alias, boolean embed, int line, int start, int end)
        implements Serializable {
    /**
     * {@code [[target#heading|alias]]}, {@code ![[embed]]} with group 1 the {@code !}, 2 the target,
     * 3 the heading, 4 the alias; not {@code [[paper]](url)}, an awesome-list's bracketed link text.
     */
    public static final Pattern PATTERN = Pattern.compile("(!?)\\[\\[([^\\[\\]|#\\n]*)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]](?![(\\[])");

    /** A link to a file that is not a note (an image, a PDF), which no note can answer. */
    public boolean toAttachment() {
        int dot = target.lastIndexOf('.');
        if (dot < 0 || dot == target.length() - 1) return false;
        String ext = target.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return !ext.equals("md") && !ext.equals("markdown") && ext.matches("[a-z0-9]{2,5}");
    }
}
