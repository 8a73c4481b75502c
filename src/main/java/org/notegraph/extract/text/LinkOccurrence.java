package org.notegraph.extract.text;

import com.vladsch.flexmark.util.ast.Node;

/**
 * One link found in a note: its target, its text as plain text, where it is, and the AST node it
 * stands in (the link itself, or the text/HTML node holding a bare URL or an anchor).
 */
public record LinkOccurrence(String url, String text, LinkForm form, int start, int end, Node node) {}
