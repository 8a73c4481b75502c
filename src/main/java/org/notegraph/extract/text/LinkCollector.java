package org.notegraph.extract.text;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every link in a note in document order: Markdown links and reference links, autolinks,
 * bare URLs in text and HTML anchors. Never looks inside code, images or link targets. Walks the
 * AST with an explicit stack, so deeply nested notes cannot overflow the call stack.
 */
public final class LinkCollector {
    public static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"'`\\[\\]{}|\\\\^]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private LinkCollector() {}

    public static List<LinkOccurrence> collect(Document document) {
        List<LinkOccurrence> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, document);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof CodeBlock || node instanceof Image || node instanceof ImageRef) {
                continue;
            }
            if (node instanceof Link link) {
                out.add(new LinkOccurrence(link.getUrl().toString(), plainText(link), LinkForm.MARKDOWN,
                        link.getStartOffset(), link.getEndOffset(), link));
                continue;
            }
            if (node instanceof LinkRef ref) {
                Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
                if (target != null) {
                    out.add(new LinkOccurrence(target.getUrl().toString(), plainText(ref), LinkForm.REFERENCE,
                            ref.getStartOffset(), ref.getEndOffset(), ref));
                    continue;
                }
            }
            if (node instanceof AutoLink auto) {
                out.add(new LinkOccurrence(auto.getUrl().toString(), auto.getUrl().toString(), LinkForm.AUTOLINK,
                        auto.getStartOffset(), auto.getEndOffset(), auto));
                continue;
            }
            if (node instanceof Text text) {
                bareUrls(text, out);
                continue;
            }
            if (node instanceof HtmlBlock html) {
                anchors(html.getChars().toString(), html.getStartOffset(), html, out);
                continue;
            }
            if (node instanceof HtmlInline html && html.getChars().toString().regionMatches(true, 0, "<a", 0, 2)) {
                Node block = html.getParent();
                String chars = block.getChars().toString();
                int from = html.getStartOffset() - block.getStartOffset();
                Matcher m = ANCHOR.matcher(chars);
                if (from >= 0 && m.find(from) && m.start() == from) {
                    add(m, block.getStartOffset(), html, out);
                }
                continue;
            }
            pushChildren(stack, node);
        }
        return out;
    }

    private static void pushChildren(Deque<Node> stack, Node node) {
        Node child = node.getLastChild();
        while (child != null) {
            stack.push(child);
            child = child.getPrevious();
        }
    }

    private static void bareUrls(Text text, List<LinkOccurrence> out) {
        String s = text.getChars().toString();
        Matcher m = BARE_URL.matcher(s);
        while (m.find()) {
            String url = trimTrailingPunctuation(m.group());
            int start = text.getStartOffset() + m.start();
            out.add(new LinkOccurrence(url, url, LinkForm.BARE_URL, start, start + url.length(), text));
        }
    }

    private static void anchors(String html, int base, Node node, List<LinkOccurrence> out) {
        Matcher m = ANCHOR.matcher(html);
        while (m.find()) add(m, base, node, out);
    }

    private static void add(Matcher m, int base, Node node, List<LinkOccurrence> out) {
        String url = m.group(1) != null ? m.group(1) : m.group(2);
        String text = unescapeHtml(TAG.matcher(m.group(3)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
        out.add(new LinkOccurrence(unescapeHtml(url.strip()), text, LinkForm.HTML_ANCHOR, base + m.start(), base + m.end(), node));
    }

    static String trimTrailingPunctuation(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?*_~".indexOf(u.charAt(u.length() - 1)) >= 0) u = u.substring(0, u.length() - 1);
        while (u.endsWith(")") && count(u, '(') < count(u, ')')) u = u.substring(0, u.length() - 1);
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    public static String plainText(Node node) {
        String s = new TextCollectingVisitor().collectAndGetText(node);
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * A heading's text as plain text, without the alt text of images in it: the badge in
     * "# Awesome List [![Awesome](badge.svg)](url)" is not part of the heading's title.
     */
    public static String headingText(Node heading) {
        if (!hasImage(heading)) return plainText(heading);
        StringBuilder sb = new StringBuilder();
        appendWithoutImages(heading, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean hasImage(Node node) {
        for (Node n : node.getDescendants()) if (n instanceof Image || n instanceof ImageRef) return true;
        return false;
    }

    private static void appendWithoutImages(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image || c instanceof ImageRef) continue;
            if (hasImage(c)) appendWithoutImages(c, sb);
            else sb.append(new TextCollectingVisitor().collectAndGetText(c));
        }
    }

    static String unescapeHtml(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ");
    }
}
