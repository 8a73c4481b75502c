package org.notegraph.enrich;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for titles and names: lower-case letters and digits only, accents dropped. */
final class Titles {
    private Titles() {}

    static String key(String s) {
        if (s == null) return "";
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
