package org.notegraph.extract.text;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's prose: the note text with everything that is not prose blanked out (code, link targets,
 * URLs, HTML, images, math, Markdown markup), keeping every offset and line break, so rules can run
 * regexes over plain words and still point at the note's own characters.
 */
public final class ProseText {
    private static final Pattern MATH = Pattern.compile("\\$\\$.*?\\$\\$|\\$[^$\\n]+\\$", Pattern.DOTALL);

    private final String text;

    private ProseText(String text) { this.text = text; }

    public static ProseText of(Document document, String source) {
        char[] mask = new char[source.length()];
        Arrays.fill(mask, ' ');
        for (int i = 0; i < source.length(); i++) if (source.charAt(i) == '\n') mask[i] = '\n';
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Code || n instanceof CodeBlock || n instanceof FencedCodeBlock
                    || n instanceof IndentedCodeBlock || n instanceof Image || n instanceof ImageRef) {
                continue;
            }
            if (n instanceof Text || n instanceof TextBase) {
                int s = n.getStartOffset();
                int e = Math.min(n.getEndOffset(), source.length());
                for (int i = s; i < e; i++) if (source.charAt(i) != '\n') mask[i] = source.charAt(i);
                if (n instanceof Text) continue;
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        String masked = new String(mask);
        masked = blank(masked, MATH);
        masked = blank(masked, LinkCollector.BARE_URL);
        return new ProseText(masked);
    }

    private static String blank(String s, Pattern p) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder sb = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        } while (m.find());
        return sb.toString();
    }

    /** The masked text, as long as the note's text. */
    public String text() { return text; }
}
