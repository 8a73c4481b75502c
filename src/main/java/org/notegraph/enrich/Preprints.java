package org.notegraph.enrich;

import java.util.HashSet;
import java.util.Set;
import org.notegraph.extract.rules.RuleFile;

/** The venue names that mean "a preprint" ({@code enrich/preprint-venues.txt}). */
final class Preprints {
    private static final Set<String> KEYS = load();

    private Preprints() {}

    static boolean isPreprint(String venue) { return venue != null && KEYS.contains(Titles.key(venue)); }

    private static Set<String> load() {
        Set<String> keys = new HashSet<>();
        for (RuleFile.Line line : RuleFile.resourceLines("enrich/preprint-venues.txt")) {
            String l = line.text().strip();
            if (!l.startsWith("#")) keys.add(Titles.key(l));
        }
        return Set.copyOf(keys);
    }
}
