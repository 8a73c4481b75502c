package org.notegraph.extract.text;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A note's headings in order, with their heading paths and the range of text each one heads. */
public final class Sections {
    public record Section(Heading heading, int level, String title, List<String> path, int start, int end) {}

    private final List<Section> sections = new ArrayList<>();

    public Sections(Document document) {
        List<Heading> headings = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Heading h) { headings.add(h); continue; }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                if (c instanceof com.vladsch.flexmark.ast.Paragraph) continue;
                stack.push(c);
            }
        }
        int textEnd = document.getChars().length();
        List<Section> open = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int level = h.getLevel();
            while (!open.isEmpty() && open.get(open.size() - 1).level() >= level) open.remove(open.size() - 1);
            List<String> path = new ArrayList<>();
            for (Section s : open) path.add(s.title());
            String title = LinkCollector.headingText(h);
            path.add(title);
            int end = textEnd;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).getLevel() <= level) { end = headings.get(j).getStartOffset(); break; }
            }
            Section s = new Section(h, level, title, List.copyOf(path), h.getStartOffset(), end);
            sections.add(s);
            open.add(s);
        }
    }

    /** Every section, in the order of its heading. */
    public List<Section> all() { return sections; }

    /** The innermost section holding the offset, or null before the first heading. */
    public Section at(int offset) {
        Section found = null;
        for (Section s : sections) {
            if (s.start() > offset) break;
            if (offset < s.end()) found = s;
        }
        return found;
    }

    /** The sections holding the offset, innermost first. */
    public List<Section> enclosing(int offset) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.start() > offset) break;
            if (offset < s.end()) out.add(0, s);
        }
        return out;
    }

    /** The end of the text directly under a heading, before its first sub-heading. */
    public int ownEnd(Section s) {
        for (Section t : sections) if (t.start() > s.start()) return Math.min(t.start(), s.end());
        return s.end();
    }

    public Section firstTopLevel() {
        for (Section s : sections) if (s.level() == 1) return s;
        return null;
    }

    public String topic(int offset, boolean excludeOwnHeading) {
        Section s = at(offset);
        if (s == null) return null;
        List<String> path = s.path();
        if (excludeOwnHeading && s.start() == offset) path = path.subList(0, path.size() - 1);
        return path.isEmpty() ? null : String.join(" > ", path);
    }
}
