package org.notegraph.extract.papers;

/** A venue as a note writes it ("ICML 2019 Workshop"), with its series and year when recognised. */
public record Venue(String label, String series, Integer year) implements java.io.Serializable {}
