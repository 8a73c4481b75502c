package org.notegraph.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.markup.WikiLink;

/**
 * Where a {@code [[wikilink]]} points, as Obsidian reads it and then some: a note first (by file
 * name, path without extension, front-matter alias or title, case-insensitively), then a paper by
 * title, then a concept of the vocabulary by label. Two notes with one name: the first path wins.
 */
final class WikiLinkTargets {
    private final Map<String, String> noteByName = new HashMap<>();
    private final Map<String, String> paperByTitle;
    private final ConceptVocabulary vocabulary;

    WikiLinkTargets(List<ExtractedNote> sortedNotes, IriMinter minter, Map<String, String> paperByTitle,
                    ConceptVocabulary vocabulary) {
        this.paperByTitle = paperByTitle;
        this.vocabulary = vocabulary;
        for (ExtractedNote n : sortedNotes) {
            String iri = minter.note(n.path());
            String noExt = n.path().replaceFirst("\\.[^./]+$", "");
            noteByName.putIfAbsent(key(noExt), iri);
            noteByName.putIfAbsent(key(noExt.replaceFirst("^.*/", "")), iri);
        }
        for (ExtractedNote n : sortedNotes) {
            String iri = minter.note(n.path());
            for (String alias : n.markup().aliases()) noteByName.putIfAbsent(key(alias), iri);
        }
        for (ExtractedNote n : sortedNotes) if (n.title() != null) noteByName.putIfAbsent(key(n.title()), minter.note(n.path()));
    }

    /** The IRI and kind a link from {@code fromNoteIri} points to. */
    Resolved resolve(WikiLink link, String fromNoteIri) {
        if (link.target().isEmpty()) return new Resolved(fromNoteIri, ResolvedMarkup.Target.NOTE);
        String note = noteByName.get(key(link.target()));
        if (note == null) note = noteByName.get(key(link.target().replaceFirst("\\.(md|markdown)$", "")));
        if (note != null) return new Resolved(note, ResolvedMarkup.Target.NOTE);
        if (link.toAttachment()) return new Resolved(null, ResolvedMarkup.Target.ATTACHMENT);
        String paper = paperByTitle.get("title:" + Titles.normalise(link.target()));
        if (paper != null) return new Resolved(paper, ResolvedMarkup.Target.PAPER);
        Optional<Concept> concept = vocabulary.lookup(link.target());
        if (concept.isPresent()) return new Resolved(concept.get().iri(), ResolvedMarkup.Target.CONCEPT);
        return new Resolved(null, ResolvedMarkup.Target.DANGLING);
    }

    record Resolved(String iri, ResolvedMarkup.Target target) {}

    private static String key(String name) {
        return name.strip().replace('\\', '/').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
