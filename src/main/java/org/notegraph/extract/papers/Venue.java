package org.notegraph.extract.papers;

import java.util.regex.Pattern;

/**
 * A venue as a note writes it ("ICML 2019 Workshop"), with its series and year when recognised. The year
 * may sit apart from the label (a table's venue column "ICLR" beside a year column): {@link #edition()}
 * is then the label with the year, so that two years of one series are two venues, never one venue
 * with two years.
 */
public record Venue(String label, String series, Integer year) implements java.io.Serializable {

    private static final Pattern YEAR_IN_LABEL = Pattern.compile("(?<![0-9])(?:(?:19|20)[0-9]{2}|'[0-9]{2})(?![0-9])|[A-Za-z]'?[0-9]{2}\\b");

    /** The venue's edition as one label: the label itself when it names a year, else label and year. */
    public String edition() {
        if (year == null || YEAR_IN_LABEL.matcher(label).find()) return label;
        return label + " " + year;
    }
}
