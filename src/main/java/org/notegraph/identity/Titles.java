package org.notegraph.identity;

import java.text.Normalizer;
import java.util.Locale;

/** The normal form of a title used to decide that two mentions name the same paper. */
public final class Titles {
    private Titles() {}

    /** ASCII-folded, lower case, runs of anything but letters and digits as one space. */
    public static String normalise(String title) {
        if (title == null) return "";
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
