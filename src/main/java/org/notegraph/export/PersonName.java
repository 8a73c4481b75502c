package org.notegraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split as bibliographies want it: given names, family name (with its particles,
 * "van der Berg") and suffix ("Jr."). Notes write "Given Family" or "Family, Given"; a name of one
 * word (as many CJK names are written) has only a family part.
 */
record PersonName(String given, String family, String suffix) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
            "du", "le", "la", "dos", "das", "do", "ten", "ter", "bin", "ibn", "al", "el", "zu", "af", "av");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    static PersonName parse(String written) {
        String name = written.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0) {
            String[] parts = name.split("\\s*,\\s*");
            String family = parts[0];
            if (parts.length >= 3 && isSuffix(parts[1])) return new PersonName(blankToNull(parts[2]), family, parts[1]);
            if (parts.length >= 2 && !isSuffix(parts[1])) return new PersonName(blankToNull(parts[1]), family, null);
            name = name.replace(",", "");
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
        String suffix = null;
        if (words.size() > 1 && isSuffix(words.get(words.size() - 1))) suffix = words.remove(words.size() - 1);
        if (words.size() == 1) return new PersonName(null, words.get(0), suffix);
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(words.get(familyStart - 1).toLowerCase(Locale.ROOT))) familyStart--;
        return new PersonName(String.join(" ", words.subList(0, familyStart)),
                String.join(" ", words.subList(familyStart, words.size())), suffix);
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
