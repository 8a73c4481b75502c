package org.notegraph.export;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case ASCII letters and digits only, accents dropped ("Ångström" → "angstrom"), for citation keys. */
final class AsciiFold {
    private AsciiFold() {}

    static String fold(String text) {
        if (text == null) return "";
        String s = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
                .replace("ı", "i").replace("þ", "th").replace("Þ", "TH");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
