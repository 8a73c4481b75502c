package org.notegraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegraph.diag.Diagnostic;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.markup.NoteField;
import org.notegraph.extract.markup.NoteTag;
import org.notegraph.extract.markup.WikiLink;

/**
 * Gives a note's tags, wikilinks and fields their IRIs and resolves each wikilink
 * ({@link WikiLinkTargets}); a link that nothing answers is kept, unresolved, with a warning naming
 * the file and line.
 */
final class MarkupResolver {
    private final IriMinter minter;
    private final WikiLinkTargets targets;

    MarkupResolver(IriMinter minter, WikiLinkTargets targets) {
        this.minter = minter;
        this.targets = targets;
    }

    ResolvedMarkup resolve(ExtractedNote n, List<Diagnostic> warnings) {
        Set<String> noteTags = new LinkedHashSet<>();
        Map<String, ResolvedMarkup.Tag> tags = new LinkedHashMap<>();
        for (NoteTag t : n.markup().tags()) {
            String broader = null;
            for (String path : t.pathKeys()) {
                String iri = minter.tag(path);
                tags.putIfAbsent(path, new ResolvedMarkup.Tag(iri, path, path.substring(path.lastIndexOf('/') + 1), broader));
                broader = iri;
            }
            noteTags.add(minter.tag(t.key()));
        }
        String noteIri = minter.note(n.path());
        Map<String, Integer> ordinals = new HashMap<>();
        List<ResolvedMarkup.Link> links = new ArrayList<>();
        for (WikiLink l : n.markup().links()) {
            WikiLinkTargets.Resolved r = targets.resolve(l, noteIri);
            String iri = minter.noteThing(n.path(), "link", l.line(), ordinals.merge("l" + l.line(), 1, Integer::sum));
            links.add(new ResolvedMarkup.Link(iri, l, r.iri(), r.target()));
            if (r.target() == ResolvedMarkup.Target.DANGLING) {
                warnings.add(Diagnostic.warning(n.path(), l.line(), "wikilink [[" + l.target()
                        + "]] points to no note, paper or concept; kept as an unresolved link"));
            }
        }
        List<ResolvedMarkup.Field> fields = new ArrayList<>();
        for (NoteField f : n.markup().fields()) {
            fields.add(new ResolvedMarkup.Field(
                    minter.noteThing(n.path(), "field", f.line(), ordinals.merge("f" + f.line(), 1, Integer::sum)), f));
        }
        return new ResolvedMarkup(minter.tagScheme(), new ArrayList<>(noteTags), new ArrayList<>(tags.values()), links, fields);
    }
}
