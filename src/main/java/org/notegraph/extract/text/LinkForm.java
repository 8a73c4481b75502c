package org.notegraph.extract.text;

/** How a link is written in a note. */
public enum LinkForm {
    /** {@code [text](url)} */
    MARKDOWN,
    /** {@code [text][ref]} with {@code [ref]: url} elsewhere */
    REFERENCE,
    /** {@code <https://…>} */
    AUTOLINK,
    /** a URL standing in the text */
    BARE_URL,
    /** {@code <a href="url">text</a>} */
    HTML_ANCHOR
}
