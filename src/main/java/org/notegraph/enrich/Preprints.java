package org.notegraph.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The venue names that mean "a preprint" ({@code enrich/preprint-venues.txt}). */
final class Preprints {
    private static final Set<String> KEYS = load();

    private Preprints() {}

    static boolean isPreprint(String venue) { return venue != null && KEYS.contains(Titles.key(venue)); }

    private static Set<String> load() {
        Set<String> keys = new HashSet<>();
        try (InputStream in = Preprints.class.getResourceAsStream("/enrich/preprint-venues.txt")) {
            if (in == null) throw new IllegalStateException("enrich/preprint-venues.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) keys.add(Titles.key(l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(keys);
    }
}
