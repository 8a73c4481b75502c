package org.notegraph.map;

/**
 * Text made safe for XML 1.0 and for labels: characters XML cannot hold (control characters but
 * tab and line ends, lone surrogates, U+FFFE and U+FFFF) become spaces, and long labels are cut
 * with an ellipsis. The XML writer escapes markup characters itself.
 */
final class XmlText {
    private XmlText() {}

    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            b.append(ok ? c : ' ');
        }
        return b.toString();
    }

    /** At most {@code max} characters (code points), "…" marking a cut; line ends as spaces. */
    static String shorten(String s, int max) {
        String one = clean(s).replaceAll("\\s+", " ").strip();
        if (one.codePointCount(0, one.length()) <= max) return one;
        return one.substring(0, one.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
