package org.notegraph.extract.papers.fields;

/**
 * A venue or year statement found in text. {@code label} is the venue as written with the year and any
 * presentation type taken out ("NeurIPS Workshop", "Advances in Neural Information Processing Systems");
 * it is null for a year alone ("【2016】"). {@code series} is the canonical series the label names
 * ("NeurIPS"), or null for a venue not in the rule files. {@code year} may be null. The tag covers
 * {@code [start, end)} of the text it was found in, brackets or emphasis marks included.
 */
public record VenueTag(String label, String series, Integer year, int start, int end) {
    /** Whether the tag names a venue, not only a year. */
    public boolean hasVenue() {
        return label != null;
    }
}
