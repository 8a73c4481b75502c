package org.notegraph.extract.papers.fields;

/** Which writing system characters belong to: Latin, or Han / Hangul / Kana (written without spaces between words). */
final class Scripts {
    private Scripts() {}

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /** True when the text is not empty and every character is Han, Hangul or Kana. */
    static boolean isCjk(String text) {
        if (text.isEmpty()) return false;
        return text.codePoints().allMatch(Scripts::isCjk);
    }

    static boolean isLatinLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    static long latinLetters(CharSequence text) {
        return text.codePoints().filter(Scripts::isLatinLetter).count();
    }

    static long cjkLetters(CharSequence text) {
        return text.codePoints().filter(Scripts::isCjk).count();
    }
}
