package org.notegraph.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Citation keys that stay the same across builds: first author's family name, year and first
 * word of the title that is not a stop word, folded to ASCII ({@code ruff2020deep}). Papers that
 * would share a key all get a letter, in the order of their IRIs ({@code chen2022sparsea},
 * {@code chen2022sparseb}). Without authors the key is title word and year ({@code electra2020});
 * a key that would not start with a letter starts with the paper's identifier ({@code arxiv190602694}),
 * else with {@code paper}.
 */
final class CitationKeys {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "at", "by",
            "with", "from", "and", "or", "is", "are", "do", "does", "how", "what", "why", "when", "which", "towards",
            "toward", "via", "into", "about");

    private CitationKeys() {}

    /** Paper IRI to key, for papers given in IRI order. */
    static Map<String, String> assign(List<BibPaper> papers) {
        Map<String, List<String>> byBase = new TreeMap<>();
        for (BibPaper p : papers) byBase.computeIfAbsent(base(p), k -> new ArrayList<>()).add(p.iri());
        Set<String> taken = new HashSet<>();
        byBase.forEach((base, iris) -> { if (iris.size() == 1) taken.add(base); });
        Map<String, String> keys = new LinkedHashMap<>();
        byBase.forEach((base, iris) -> {
            if (iris.size() == 1) {
                keys.put(iris.get(0), base);
                return;
            }
            List<String> sorted = iris.stream().sorted().toList();
            int n = 0;
            for (String iri : sorted) {
                String key;
                do key = base + letters(n++); while (taken.contains(key));
                taken.add(key);
                keys.put(iri, key);
            }
        });
        return keys;
    }

    static String base(BibPaper p) {
        String author = p.authors().isEmpty() ? "" : AsciiFold.fold(PersonName.parse(p.authors().get(0)).family());
        String year = p.year() == null ? "" : p.year().toString();
        String word = firstTitleWord(p.title());
        String key = author.isEmpty() ? word + year : author + year + word;
        if (!key.isEmpty() && Character.isLetter(key.charAt(0))) return key;
        String id = p.arxiv() != null ? "arxiv" + p.arxiv() : p.doi() != null ? "doi" + p.doi()
                : p.openreview() != null ? "openreview" + p.openreview() : p.acl() != null ? "acl" + p.acl() : "paper";
        return AsciiFold.fold(id) + key;
    }

    private static String firstTitleWord(String title) {
        if (title == null) return "";
        String fallback = "";
        for (String word : title.split("[\\s\\-:–—/]+")) {
            String folded = AsciiFold.fold(word);
            if (folded.isEmpty()) continue;
            if (!STOP_WORDS.contains(folded)) return folded;
            if (fallback.isEmpty()) fallback = folded;
        }
        return fallback;
    }

    /** a, b, ..., z, aa, ab, ... */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n + 1; i > 0; i = (i - 1) / 26) s.insert(0, (char) ('a' + (i - 1) % 26));
        return s.toString();
    }
}
