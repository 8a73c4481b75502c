package org.notegraph.extract.papers.fields;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as notes write them. A two-digit year ({@code '19}) is read as 20YY when YY is below 50 and as
 * 19YY otherwise: a fixed pivot rather than today's date, so the same note always reads the same.
 */
final class Years {
    static final String FOUR_DIGITS = "(?:1[89]|20)\\d{2}";
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)(?:(?:" + MONTH + "|\\d{1,2}(?:st|nd|rd|th)?)[\\s,/.\\-]+){0,2}"
                    + "(" + FOUR_DIGITS + ")[a-z]?"
                    + "(?:[\\s,/.\\-]+(?:" + MONTH + "|\\d{1,2}(?:st|nd|rd|th)?)){0,2}\\.?"
                    + "|(?:\\d{1,2}[/.\\-]){1,2}(" + FOUR_DIGITS + ")"
                    + "|['’‘](\\d{2})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)" + MONTH + "(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?");

    private Years() {}

    static int fromTwoDigits(String yy) {
        int v = Integer.parseInt(yy);
        return v < 50 ? 2000 + v : 1900 + v;
    }

    /** The year a short text states and nothing else ("2019", "(2019)", "【2016】", "2021, July", "'19", "2020-05-23"). */
    static OptionalInt of(String text) {
        if (text == null) return OptionalInt.empty();
        String t = text.strip().replaceAll("^[\\[(（【\\s*_]+|[\\])）】\\s*_.]+$", "").strip();
        Matcher m = STATEMENT.matcher(t);
        if (!m.matches()) return OptionalInt.empty();
        if (m.group(1) != null) return OptionalInt.of(Integer.parseInt(m.group(1)));
        if (m.group(2) != null) return OptionalInt.of(Integer.parseInt(m.group(2)));
        return OptionalInt.of(fromTwoDigits(m.group(3)));
    }

    /** A month or month and days alone ("July", "Sept. 6-12"): a date part that is no venue. */
    static boolean isMonthPart(String text) {
        return MONTH_ONLY.matcher(text.strip()).matches();
    }
}
