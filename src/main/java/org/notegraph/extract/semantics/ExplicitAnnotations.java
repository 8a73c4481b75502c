package org.notegraph.extract.semantics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegraph.extract.concepts.Concept;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.text.Sentence;
import org.notegraph.model.Relation;
import org.notegraph.notes.FrontMatter;

/**
 * Relations a note states outright, which need no cue to be read and so carry confidence 1:
 * front-matter keys, Dataview fields ({@code uses:: [[MAML]]}) and {@code #relation/target} tags.
 * A key names a relation ({@link #relationForKey}); a value is wikilinks, or names looked up in the
 * vocabulary.
 */
final class ExplicitAnnotations implements SemanticRule {
    private static final Pattern DATAVIEW = Pattern.compile(
            "(?m)^[ \\t]*(?:[-*+][ \\t]+)?(?<key>[A-Za-z][\\w-]*)::\\s*(?<value>\\S.*)$|\\[(?<ikey>[A-Za-z][\\w-]*)::\\s*(?<ivalue>[^\\]]+)]");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|#]+)(?:[|#][^\\]]*)?]]");
    private static final Pattern TAG = Pattern.compile("(?<![\\w#/])#(?<key>[A-Za-z][\\w-]*)/(?<value>[\\w][\\w\\-./]*)");

    private final ConceptVocabulary vocabulary;

    ExplicitAnnotations(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Adds the relations the note's front matter, Dataview fields and relation tags state. */
    @Override
    public void read(NoteReading note, Findings findings) {
        int fmPaper = -1;
        for (int i = 0; i < note.papers().size(); i++) if (note.paper(i).rule().equals("front-matter")) fmPaper = i;
        FrontMatter fm = note.note().frontMatter();
        if (fmPaper >= 0) {
            Sentence at = new Sentence(0, 0, true);
            for (String key : fm.values().keySet()) {
                Relation relation = relationForKey(key);
                if (relation == null) continue;
                for (String value : fm.list(key, false)) {
                    for (Endpoint object : endpoints(value, key)) {
                        findings.relations().addWithEvidence(new Endpoint.Paper(fmPaper), relation, object, at, key + ": " + value, 1.0,
                                "front-matter-field", null, null);
                    }
                }
            }
        }
        Matcher m = DATAVIEW.matcher(note.note().text());
        while (m.find()) {
            String key = m.group("key") != null ? m.group("key") : m.group("ikey");
            String value = m.group("value") != null ? m.group("value") : m.group("ivalue");
            Relation relation = relationForKey(key);
            if (relation == null) continue;
            Sentence s = new Sentence(m.start(), m.end(), true);
            int subject = fmPaper >= 0 ? fmPaper : note.subjectOf(s);
            if (subject < 0) continue;
            for (Endpoint object : endpoints(value, key)) {
                findings.relations().add(new Endpoint.Paper(subject), relation, object, s, 1.0, "dataview-field");
            }
        }
        Matcher t = TAG.matcher(note.prose());
        while (t.find()) tag(note, findings, t.group("key"), t.group("value"), new Sentence(t.start(), t.end(), true), fmPaper);
        if (fmPaper >= 0) {
            for (String tag : fm.tags()) {
                int slash = tag.indexOf('/');
                if (slash > 0) tag(note, findings, tag.substring(0, slash).replaceFirst("^#", ""), tag.substring(slash + 1), new Sentence(0, 0, true), fmPaper);
            }
        }
    }

    private void tag(NoteReading note, Findings findings, String key, String value, Sentence s, int fmPaper) {
        Relation relation = relationForKey(key);
        if (relation == null) return;
        int subject = fmPaper >= 0 ? fmPaper : note.subjectOf(s);
        if (subject < 0) return;
        String name = value.replace('-', ' ').replace('_', ' ').strip();
        for (Endpoint object : endpoints(name, key)) {
            findings.relations().addWithEvidence(new Endpoint.Paper(subject), relation, object, s, "#" + key + "/" + value, 1.0, "tag", null, null);
        }
    }

    /** The relation an annotation key names ({@link Relation#forAnnotationKey}), or null. */
    static Relation relationForKey(String key) {
        return Relation.forAnnotationKey(key).orElse(null);
    }

    private List<Endpoint> endpoints(String value, String key) {
        List<Endpoint> out = new ArrayList<>();
        Matcher w = WIKILINK.matcher(value);
        boolean any = false;
        while (w.find()) {
            out.add(new Endpoint.Link(w.group(1).strip()));
            any = true;
        }
        if (any) return out;
        Concept.Kind kind = key.toLowerCase(Locale.ROOT).startsWith("phenomen") || key.equalsIgnoreCase("studies")
                ? Concept.Kind.PHENOMENON : Concept.Kind.METHOD;
        Set<String> parts = new LinkedHashSet<>();
        for (String p : value.split("\\s*[,;]\\s*")) if (!p.isBlank()) parts.add(p.strip().replaceAll("^[\"']|[\"']$", ""));
        for (String p : parts) {
            Optional<Concept> c = vocabulary.lookupLoose(p);
            out.add(c.<Endpoint>map(Endpoint.Known::new).orElseGet(() -> new Endpoint.Link(p)));
        }
        if (out.isEmpty()) out.add(new Endpoint.Named(value.strip(), kind));
        return out;
    }
}
