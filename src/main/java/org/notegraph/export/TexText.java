package org.notegraph.export;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text as BibTeX field values hold it: the characters TeX reads as commands escaped
 * ({@code & % $ # _ { } ~ ^ \}), accented Latin letters as TeX accents ({@code {\'e}},
 * {@code {\v{c}}}, {@code {\o}}), dashes as {@code --}; other characters (CJK, Greek) stay UTF-8.
 */
final class TexText {
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            Map.entry((int) 'ß', "{\\ss}"), Map.entry((int) 'ø', "{\\o}"), Map.entry((int) 'Ø', "{\\O}"),
            Map.entry((int) 'æ', "{\\ae}"), Map.entry((int) 'Æ', "{\\AE}"), Map.entry((int) 'œ', "{\\oe}"),
            Map.entry((int) 'Œ', "{\\OE}"), Map.entry((int) 'å', "{\\aa}"), Map.entry((int) 'Å', "{\\AA}"),
            Map.entry((int) 'ł', "{\\l}"), Map.entry((int) 'Ł', "{\\L}"), Map.entry((int) 'ı', "{\\i}"),
            Map.entry((int) '–', "--"), Map.entry((int) '—', "---"), Map.entry((int) '\u00a0', "~"));

    /** Combining marks and the TeX accent command for each; letter commands take their letter in braces. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0301', "'"), Map.entry('\u0300', "`"), Map.entry('\u0302', "^"), Map.entry('\u0308', "\""),
            Map.entry('\u0303', "~"), Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u0327', "c"),
            Map.entry('\u030C', "v"), Map.entry('\u0306', "u"), Map.entry('\u030A', "r"), Map.entry('\u030B', "H"),
            Map.entry('\u0328', "k"), Map.entry('\u0323', "d"));

    private TexText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    /**
     * A title escaped, with each word that has a capital past its first letter ("BERT",
     * "ImageNet", "GPT-3") in braces, so bibliography styles that lower-case titles keep it.
     */
    static String title(String title) {
        StringBuilder out = new StringBuilder();
        for (String token : title.split("(?<=\\s)|(?=\\s)")) {
            if (token.isBlank()) out.append(' ');
            else out.append(keepsCase(token) ? "{" + escape(token) + "}" : escape(token));
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean keepsCase(String word) {
        for (String part : word.replaceAll("[^\\p{L}\\p{N}-]", "").split("-")) {
            for (int i = 1; i < part.length(); i++) if (Character.isUpperCase(part.charAt(i))) return true;
        }
        return false;
    }

    private static void append(StringBuilder out, int cp) {
        switch (cp) {
            case '\\' -> out.append("\\textbackslash{}");
            case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').appendCodePoint(cp);
            case '~' -> out.append("\\textasciitilde{}");
            case '^' -> out.append("\\textasciicircum{}");
            default -> {
                if (cp < 0x80) {
                    out.appendCodePoint(cp);
                } else if (LETTERS.containsKey(cp)) {
                    out.append(LETTERS.get(cp));
                } else {
                    accented(out, cp);
                }
            }
        }
    }

    /** A Latin letter with accents as nested TeX accents; anything else as it is. */
    private static void accented(StringBuilder out, int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() < 2 || base >= 0x80 || !Character.isLetter(base)) {
            out.appendCodePoint(cp);
            return;
        }
        String inner = String.valueOf(base);
        for (int i = 1; i < decomposed.length(); i++) {
            String command = ACCENTS.get(decomposed.charAt(i));
            if (command == null) {
                out.appendCodePoint(cp);
                return;
            }
            inner = Character.isLetter(command.charAt(0)) ? "\\" + command + "{" + inner + "}" : "\\" + command + inner;
        }
        out.append('{').append(inner).append('}');
    }
}
