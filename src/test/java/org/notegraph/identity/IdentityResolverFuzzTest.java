package org.notegraph.identity;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.notes.ParsedNote;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: identity over the mentions of up to four notes (the input split at the ASCII record
 * separator). Every mention is resolved once, to a paper that exists and lists it; no paper holds
 * two identifiers of one scheme; every IRI is valid and mention IRIs are distinct.
 */
class IdentityResolverFuzzTest {
    private static final NoteExtractor EXTRACTOR = NoteExtractor.defaults();
    private static final IdentityResolver RESOLVER = new IdentityResolver(new IriMinter(null), ConceptVocabulary.bundled());

    @DictionaryFile(resourcePath = "/org/notegraph/notes.dict")
    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        List<ExtractedNote> notes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<byte[]> parts = FuzzNotes.split(bytes);
        for (int i = 0; i < parts.size(); i++) {
            String file = FuzzNotes.fileOf(i);
            files.add(file);
            ParsedNote note = FuzzNotes.parse(file, parts.get(i), diagnostics).orElse(null);
            if (note != null) notes.add(EXTRACTOR.extract(note, diagnostics));
        }
        FuzzNotes.checkDiagnostics(diagnostics, files, bytes);
        Resolution resolution = RESOLVER.resolve(notes);

        Map<String, ResolvedPaper> papers = new HashMap<>();
        for (ResolvedPaper p : resolution.papers()) {
            FuzzNotes.checkIri(p.iri(), "paper");
            check(papers.put(p.iri(), p) == null, "two papers with the IRI " + p.iri());
            p.authorIris().forEach(a -> FuzzNotes.checkIri(a, "author of " + p.iri()));
            if (p.venueIri() != null) FuzzNotes.checkIri(p.venueIri(), "venue of " + p.iri());
        }
        int mentions = notes.stream().mapToInt(n -> n.papers().size()).sum();
        check(resolution.mentionCount() == mentions, mentions + " mentions, " + resolution.mentionCount() + " resolved");
        check(resolution.notes().size() == notes.size(), notes.size() + " notes, " + resolution.notes().size() + " resolved");
        Set<String> mentionIris = new HashSet<>();
        Map<String, Map<IdScheme, Set<String>>> idsByPaper = new HashMap<>();
        for (ResolvedNote n : resolution.notes()) {
            FuzzNotes.checkIri(n.iri(), "note " + n.note().path());
            for (ResolvedMention m : n.mentions()) {
                String what = "mention " + m.iri();
                FuzzNotes.checkIri(m.iri(), what);
                check(mentionIris.add(m.iri()), "two mentions with the IRI " + m.iri());
                ResolvedPaper p = papers.get(m.paperIri());
                check(p != null, what + " resolved to no paper: " + m.paperIri());
                check(p.mentionIris().contains(m.iri()), "paper " + p.iri() + " does not list " + what);
                check(!m.identityKeys().isEmpty() || m.mention().ids().isEmpty(), what + " has identifiers but no identity keys");
                m.personIris().forEach(a -> FuzzNotes.checkIri(a, "author of " + what));
                if (m.venueIri() != null) FuzzNotes.checkIri(m.venueIri(), "venue of " + what);
                Map<IdScheme, Set<String>> ids = idsByPaper.computeIfAbsent(p.iri(), k -> new HashMap<>());
                for (IdScheme s : IdScheme.values()) {
                    String id = m.mention().ids().id(s);
                    if (id == null) continue;
                    Set<String> seen = ids.computeIfAbsent(s, k -> new HashSet<>());
                    seen.add(s == IdScheme.DOI ? id.toLowerCase(java.util.Locale.ROOT) : id);
                    check(seen.size() == 1, "paper " + p.iri() + " merges " + s + " identifiers " + seen);
                }
            }
        }
        for (ResolvedPaper p : resolution.papers()) {
            for (String m : p.mentionIris()) check(mentionIris.contains(m), "paper " + p.iri() + " lists an unknown mention " + m);
        }
    }
}
