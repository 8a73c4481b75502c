package org.notegraph.extract.papers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.rules.RuleFile;

/**
 * What a link's text says about the link ({@code link-text.tsv}): a generic pointer ("this paper",
 * "[pdf]", "work 1"), an author citation ("Schmidt et al. 2018", "Hinton and Salakhutdinov"), a code
 * or dataset link, or a page that is not a paper.
 */
public final class LinkTextRules {
    private static final int MAX_GENERIC_WORDS = 5;
    private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:van|von|de|der|den|da|di|le|la)\\s+\\p{Lu}[\\p{L}'’\\-]+)?";
    private static final Pattern AUTHOR_CITATION = Pattern.compile(
            "^(?<authors>(?<first>" + NAME + ")(?:\\s+et\\s*al\\.?|(?:\\s*,\\s*" + NAME + ")*\\s+(?:and|&)\\s+" + NAME + ")?)"
                    + "(?:\\s*,?\\s*\\(?(?<year>(?:19|20)\\d{2})[a-z]?\\)?)?\\.?$");

    private final Map<String, String> categories = new HashMap<>();

    public static LinkTextRules defaults() {
        LinkTextRules r = new LinkTextRules();
        for (String[] row : RuleFile.classpath("link-text.tsv")) {
            if (row.length >= 2) r.categories.put(row[1].trim().toLowerCase(Locale.ROOT), row[0].trim());
        }
        return r;
    }

    /** An author citation read from link text: authors as written ("X et al.", "X; Y") and a year. */
    public record AuthorCitation(String authorsAsWritten, List<String> authors, Integer year) {}

    public Optional<AuthorCitation> authorCitation(String text) {
        String t = text.strip();
        Matcher m = AUTHOR_CITATION.matcher(t);
        if (!m.matches()) return Optional.empty();
        String authors = m.group("authors").strip();
        boolean etAl = authors.matches("(?s).*\\bet\\s*al\\.?$");
        boolean several = authors.matches("(?s).*\\s(and|&)\\s.*");
        if (!etAl && !several && m.group("year") == null) return Optional.empty();
        if (categoryOfWord(m.group("first")) != null) return Optional.empty();
        Integer year = m.group("year") == null ? null : Integer.parseInt(m.group("year"));
        if (etAl) {
            String written = authors;
            if (year == null && t.endsWith(".") && !written.endsWith(".")) written = written + ".";
            return Optional.of(new AuthorCitation(written, List.of(m.group("first")), year));
        }
        List<String> names = List.of(authors.split("\\s*(?:,|\\band\\b|&)\\s*"));
        names = names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new AuthorCitation(String.join("; ", names), names, year));
    }

    /**
     * True when the text names no paper: empty, a number, a URL, only generic words ("[pdf]", "this
     * paper"), or a short phrase around a generic noun that is not written in title case
     * ("FactorGAN paper", "recent theoretical work", but not "Scaling Autoregressive Video Models").
     */
    public boolean isGeneric(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.matches("[\\[\\](){}0-9\\s.,#*]+")) return true;
        if (lower.matches("(https?://|www\\.)\\S+")) return true;
        if (isPointer(categories.get(lower.replaceAll("[\\[\\]()]", "").strip()))) return true;
        String[] words = t.replaceAll("[\\[\\]()]", " ").strip().split("\\s+");
        if (words.length > MAX_GENERIC_WORDS) return false;
        boolean anyGeneric = false;
        boolean allGenericOrFiller = true;
        boolean titleCase = true;
        for (String w : words) {
            String bare = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.\\-]", "");
            boolean generic = isPointer(categories.get(bare));
            anyGeneric |= generic;
            if (!generic && !bare.matches("\\d+|the|a|an|this|that|our|my|their|his|her|its|of|in|on|see")) allGenericOrFiller = false;
            if (w.length() >= 3 && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) titleCase = false;
        }
        return anyGeneric && (allGenericOrFiller || !titleCase);
    }

    private static boolean isPointer(String category) {
        return "generic".equals(category) || "format".equals(category);
    }

    /** True when the text only names a copy of a paper: "pdf", "[paper]", "arXiv version". */
    public boolean isFormatOnly(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\[\\](){}]", " ").strip();
        if (t.isEmpty()) return false;
        boolean any = false;
        for (String w : t.split("[\\s/,|]+")) {
            String bare = w.replaceAll("[^\\p{L}\\p{N}\\-]", "");
            if (bare.isEmpty() || bare.equals("the") || bare.equals("of")) continue;
            if (!"format".equals(categories.get(bare))) return false;
            any = true;
        }
        return any;
    }

    /** The category ("code", "dataset", "not-paper") the text's words put a link in, or null. */
    public String category(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\[\\]()]", " ").strip();
        String whole = categories.get(t);
        if (whole != null && !isPointer(whole)) return whole;
        String[] words = t.split("\\s+");
        if (words.length > 4) return null;
        for (String w : words) {
            String c = categories.get(w.replaceAll("[^\\p{L}\\p{N}\\-]", ""));
            if (c != null && !isPointer(c)) return c;
        }
        for (int i = 0; i + 1 < words.length; i++) {
            String c = categories.get(words[i] + " " + words[i + 1]);
            if (c != null && !isPointer(c)) return c;
        }
        return null;
    }

    /** Whether any word of the text names a kind of page that is not a paper ("… Workshop on …", "lecture"). */
    public boolean namesNotPaper(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\-]+")) {
            if ("not-paper".equals(categories.get(w))) return true;
        }
        return false;
    }

    private String categoryOfWord(String w) {
        return categories.get(w.toLowerCase(Locale.ROOT));
    }
}
