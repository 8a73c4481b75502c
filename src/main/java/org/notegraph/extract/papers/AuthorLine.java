package org.notegraph.extract.papers;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.notegraph.extract.text.LinkCollector;

/**
 * The author line of an awesome-list item: the first nested item, a comma-separated list of names
 * with the venue in italics ({@code - A. One, B. Two. *ICLR 2020*}).
 */
final class AuthorLine {
    record Parsed(List<String> authors, Venue venue, int line) {}

    private static final Pattern NAME_PART = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|den|da|di|del|le|la|du|d'\\p{Lu}[\\p{L}'’\\-]*|\\p{Lu}\\.)");

    private AuthorLine() {}

    static Optional<Parsed> of(ListItem item, VenueRules venues, java.util.function.IntUnaryOperator lineOf) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof BulletList || c instanceof OrderedList) {
                Node first = c.getFirstChild();
                if (first instanceof ListItem sub && sub.getFirstChild() instanceof Paragraph p) {
                    return parse(p, venues).map(r -> new Parsed(r.authors(), r.venue(), lineOf.applyAsInt(p.getStartOffset())));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Parsed> parse(Paragraph p, VenueRules venues) {
        Venue venue = null;
        StringBuilder rest = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                Optional<Venue> v = venues.parseStated(LinkCollector.plainText(n));
                if (v.isPresent() && venue == null) { venue = v.get(); continue; }
            }
            rest.append(n.getChars());
        }
        String text = rest.toString().replaceAll("\\*\\*|__", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[.,;\\s]+$", "");
        if (text.isEmpty() || text.contains(":") || text.length() > 1500) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*")) {
            String name = part.strip().replaceAll("^and\\s+", "");
            if (name.isEmpty()) continue;
            if (!isName(name)) return Optional.empty();
            names.add(name);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Parsed(names, venue, 0));
    }

    static boolean isName(String name) {
        String[] tokens = name.split("\\s+");
        if (tokens.length > 6) return false;
        int capitalised = 0;
        for (String t : tokens) {
            if (!NAME_PART.matcher(t).matches()) return false;
            if (Character.isUpperCase(t.codePointAt(0))) capitalised++;
        }
        return capitalised >= 1 && (tokens.length >= 2 || tokens[0].length() > 1);
    }
}
