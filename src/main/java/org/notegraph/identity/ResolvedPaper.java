package org.notegraph.identity;

import java.util.List;
import java.util.SortedSet;
import org.notegraph.extract.papers.Venue;

/**
 * One real paper, merged from all mentions that share an identifier or a normalised title: its IRI,
 * best title, every identifier seen, authors, venue, year, links, and where it is mentioned.
 */
public record ResolvedPaper(String iri, String title, SortedSet<String> openreviewIds, SortedSet<String> arxivIds,
                            SortedSet<String> dois, SortedSet<String> aclIds, List<String> authors,
                            List<String> authorIris, Venue venue, String venueIri, Integer year,
                            SortedSet<String> codeLinks, SortedSet<String> datasetLinks,
                            List<String> mentionIris, SortedSet<String> noteIris) {}
