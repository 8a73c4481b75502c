package org.notegraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.notegraph.diag.Diagnostic;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.extract.papers.PaperMention;
import org.notegraph.extract.papers.UrlRules;
import org.notegraph.extract.papers.Venue;

/**
 * Decides which mentions are the same paper. Mentions sharing an identifier (any scheme), a URL, or
 * a normalised title are one paper, except that a title never joins two papers with different
 * identifiers of the same scheme. A title known from one note fills in a mention that only has an
 * identifier in another. The result does not depend on the order of the notes.
 */
public final class IdentityResolver {
    private static final int MIN_TITLE_KEY_LENGTH = 3;

    private final IriMinter minter;
    private final ConceptVocabulary vocabulary;

    public IdentityResolver(IriMinter minter) { this(minter, ConceptVocabulary.empty()); }

    public IdentityResolver(IriMinter minter, ConceptVocabulary vocabulary) {
        this.minter = minter;
        this.vocabulary = vocabulary;
    }

    public IriMinter minter() { return minter; }

    private record Item(ExtractedNote note, PaperMention mention, List<String> idKeys, String titleKey, String urlKey) {}

    public Resolution resolve(List<ExtractedNote> notes) {
        List<ExtractedNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparing(ExtractedNote::path));
        List<Item> items = items(sorted);
        Map<Integer, String> paperIriOf = new HashMap<>();
        List<ResolvedPaper> papers = papers(clusters(items), items, paperIriOf);
        LinkTargets linkTargets = linkTargets(sorted, items, paperIriOf);
        SemanticEnds ends = new SemanticEnds(minter, vocabulary, linkTargets);
        MarkupResolver markup = new MarkupResolver(minter,
                new WikiLinkTargets(sorted, minter, linkTargets.paperByTitle(), vocabulary));
        List<Diagnostic> warnings = new ArrayList<>();
        List<ResolvedNote> resolvedNotes = new ArrayList<>();
        int index = 0;
        for (ExtractedNote n : sorted) {
            List<ResolvedMention> rms = new ArrayList<>();
            for (PaperMention m : n.papers()) {
                rms.add(resolvedMention(n, m, items.get(index), paperIriOf.get(index)));
                index++;
            }
            resolvedNotes.add(new ResolvedNote(n, minter.note(n.path()), rms, ends.resolve(n, rms), markup.resolve(n, warnings)));
        }
        return new Resolution(resolvedNotes, papers, warnings);
    }

    /** Every paper mention of the notes, in note order, with its identity keys. */
    private static List<Item> items(List<ExtractedNote> sorted) {
        List<Item> items = new ArrayList<>();
        for (ExtractedNote n : sorted) {
            for (PaperMention m : n.papers()) {
                String t = Titles.normalise(m.title());
                items.add(new Item(n, m, m.ids().keys(), t.length() >= MIN_TITLE_KEY_LENGTH ? "title:" + t : null,
                        m.url() == null ? null : "url:" + UrlRules.key(m.url())));
            }
        }
        return items;
    }

    /**
     * The mentions grouped into papers: by shared identifier or URL first, then by title where that
     * joins no two identifiers of one scheme, then short titles to their full form. Each cluster lists
     * item indices.
     */
    private static Map<Integer, List<Integer>> clusters(List<Item> items) {
        UnionFind uf = new UnionFind(items.size());
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            for (String k : it.idKeys) join(uf, firstByKey, k, i, null);
            if (it.urlKey != null) join(uf, firstByKey, it.urlKey, i, null);
        }
        Map<Integer, Map<String, String>> schemeIds = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> ids = schemeIds.computeIfAbsent(uf.find(i), k -> new TreeMap<>());
            for (String k : items.get(i).idKeys) ids.putIfAbsent(k.substring(0, k.indexOf(':')), k);
        }
        for (int i = 0; i < items.size(); i++) {
            String tk = items.get(i).titleKey;
            if (tk != null) join(uf, firstByKey, tk, i, schemeIds);
        }
        joinShortTitlesToTheirFullForm(items, uf, schemeIds);
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        return clusters;
    }

    /** One resolved paper per cluster, sorted by IRI; fills in each item's paper IRI. */
    private List<ResolvedPaper> papers(Map<Integer, List<Integer>> clusters, List<Item> items, Map<Integer, String> paperIriOf) {
        Map<String, ResolvedPaper> byIri = new TreeMap<>();
        for (List<Integer> members : clusters.values()) {
            ResolvedPaper p = merge(members.stream().map(items::get).toList());
            ResolvedPaper same = byIri.get(p.iri());
            if (same != null) throw new IllegalStateException("two clusters minted one IRI: " + p.iri());
            byIri.put(p.iri(), p);
            for (int i : members) paperIriOf.put(i, p.iri());
        }
        return new ArrayList<>(byIri.values());
    }

    /** Where wikilinks and front-matter values point: papers by title, and one-paper notes by file name or title. */
    private static LinkTargets linkTargets(List<ExtractedNote> sorted, List<Item> items, Map<Integer, String> paperIriOf) {
        Map<String, String> paperByTitle = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).titleKey != null) paperByTitle.putIfAbsent(items.get(i).titleKey, paperIriOf.get(i));
        }
        Map<String, String> paperByNoteName = new HashMap<>();
        int at = 0;
        for (ExtractedNote n : sorted) {
            long own = n.papers().stream().filter(m -> m.rule().equals("front-matter") || m.rule().equals("note-title")).count();
            for (PaperMention m : n.papers()) {
                // a note about one paper (its front matter or its title heading) stands for that paper
                if (own == 1 && (m.rule().equals("front-matter") || m.rule().equals("note-title"))) {
                    String file = n.path().replaceFirst("^.*/", "").replaceFirst("\\.[^.]+$", "");
                    paperByNoteName.putIfAbsent(Titles.normalise(file), paperIriOf.get(at));
                    if (n.title() != null) paperByNoteName.putIfAbsent(Titles.normalise(n.title()), paperIriOf.get(at));
                    for (String alias : n.markup().aliases()) paperByNoteName.putIfAbsent(Titles.normalise(alias), paperIriOf.get(at));
                }
                at++;
            }
        }
        return new LinkTargets(paperByTitle, paperByNoteName);
    }

    private ResolvedMention resolvedMention(ExtractedNote n, PaperMention m, Item it, String paperIri) {
        List<String> keys = new ArrayList<>(it.idKeys);
        if (it.titleKey != null) keys.add(it.titleKey);
        if (it.urlKey != null) keys.add(it.urlKey);
        return new ResolvedMention(m, mentionIri(n, m), paperIri, keys, m.authors().stream().map(minter::person).toList(),
                m.venue() == null ? null : minter.venue(m.venue().edition()));
    }

    private String mentionIri(ExtractedNote n, PaperMention m) {
        return minter.mention(n.path(), m.span().line(), m.ordinal());
    }

    /**
     * A title that is exactly the main title of another ("Deep Double Descent" and "Deep Double
     * Descent: Where Bigger Models and More Data Hurt") names the same paper; two full titles that
     * only share a main title are not joined by this. Short titles of one word are left alone.
     */
    private static void joinShortTitlesToTheirFullForm(List<Item> items, UnionFind uf,
                                                       Map<Integer, Map<String, String>> schemeIds) {
        Map<String, List<Integer>> fullByMain = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String title = items.get(i).mention.title();
            if (title == null) continue;
            int colon = title.indexOf(": ");
            if (colon <= 0) continue;
            String main = Titles.normalise(title.substring(0, colon));
            if (main.split(" ").length >= 2) fullByMain.computeIfAbsent("title:" + main, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.titleKey == null || it.mention.title().contains(": ")) continue;
            for (int j : fullByMain.getOrDefault(it.titleKey, List.of())) {
                Map<String, Integer> pair = new HashMap<>();
                join(uf, pair, "main", j, null == schemeIds ? null : schemeIds);
                join(uf, pair, "main", i, schemeIds);
            }
        }
    }

    private static void join(UnionFind uf, Map<String, Integer> firstByKey, String key, int i,
                             Map<Integer, Map<String, String>> schemeIds) {
        Integer first = firstByKey.putIfAbsent(key, i);
        if (first == null) return;
        int a = uf.find(first);
        int b = uf.find(i);
        if (a == b) return;
        if (schemeIds != null) {
            Map<String, String> ia = schemeIds.getOrDefault(a, Map.of());
            Map<String, String> ib = schemeIds.getOrDefault(b, Map.of());
            for (var e : ia.entrySet()) {
                String other = ib.get(e.getKey());
                if (other != null && !other.equals(e.getValue())) return;
            }
            int root = uf.union(a, b);
            Map<String, String> merged = new TreeMap<>(ib);
            ia.forEach(merged::putIfAbsent);
            schemeIds.put(root, merged);
        } else {
            uf.union(a, b);
        }
    }

    private ResolvedPaper merge(List<Item> members) {
        SortedSet<String> openreview = new TreeSet<>();
        SortedSet<String> arxiv = new TreeSet<>();
        SortedSet<String> dois = new TreeSet<>();
        SortedSet<String> acl = new TreeSet<>();
        SortedSet<String> code = new TreeSet<>();
        SortedSet<String> data = new TreeSet<>();
        SortedSet<String> noteIris = new TreeSet<>();
        List<String> mentionIris = new ArrayList<>();
        String title = null;
        List<String> authors = List.of();
        Map<String, Integer> venueVotes = new TreeMap<>();
        Map<String, Venue> venues = new HashMap<>();
        Map<Integer, Integer> yearVotes = new TreeMap<>();
        String bestTitleKey = null;
        String urlKey = null;
        int titleRank = -1;
        for (Item it : members) {
            PaperMention m = it.mention;
            if (m.ids().openreview() != null) openreview.add(m.ids().openreview());
            if (m.ids().arxiv() != null) arxiv.add(m.ids().arxiv());
            if (m.ids().doi() != null) dois.add(m.ids().doi());
            if (m.ids().acl() != null) acl.add(m.ids().acl());
            code.addAll(m.codeLinks());
            data.addAll(m.datasetLinks());
            noteIris.add(minter.note(it.note.path()));
            mentionIris.add(mentionIri(it.note, m));
            if (m.title() != null && (titleRank(m.rule()) > titleRank || titleRank(m.rule()) == titleRank && better(m.title(), title))) {
                title = m.title();
                titleRank = titleRank(m.rule());
                bestTitleKey = it.titleKey;
            }
            if (m.authors().size() > authors.size() && !isEtAl(m.authorsAsWritten())) authors = m.authors();
            if (m.venue() != null) {
                venueVotes.merge(m.venue().edition(), 1, Integer::sum);
                venues.putIfAbsent(m.venue().edition(), m.venue());
            }
            if (m.year() != null) yearVotes.merge(m.year(), 1, Integer::sum);
            if (urlKey == null && it.urlKey != null) urlKey = it.urlKey;
        }
        if (authors.isEmpty()) {
            for (Item it : members) if (it.mention.authors().size() > authors.size()) authors = it.mention.authors();
        }
        String iri;
        if (!dois.isEmpty()) iri = minter.paperById(IdScheme.DOI, dois.first());
        else if (!arxiv.isEmpty()) iri = minter.paperById(IdScheme.ARXIV, arxiv.first());
        else if (!openreview.isEmpty()) iri = minter.paperById(IdScheme.OPENREVIEW, openreview.first());
        else if (!acl.isEmpty()) iri = minter.paperById(IdScheme.ACL, acl.first());
        else if (bestTitleKey != null) iri = minter.paperByTitle(bestTitleKey.substring("title:".length()));
        else iri = minter.paperByUrl(urlKey == null ? String.join("|", mentionIris) : urlKey);
        Venue venue = venueVotes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> venues.get(e.getKey())).orElse(null);
        Integer year = venue != null && venue.year() != null ? venue.year()
                : yearVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new ResolvedPaper(iri, title, openreview, arxiv, dois, acl, authors,
                authors.stream().map(minter::person).toList(), venue,
                venue == null ? null : minter.venue(venue.edition()), year, code, data, mentionIris, noteIris);
    }

    /**
     * How much a mention's title says about its paper's title: a title the note or library states
     * as one (front matter, a citation, a link's text, a heading) beats one read from the words
     * around a link or a repeated name, whatever their lengths.
     */
    private static int titleRank(String rule) {
        return switch (rule) {
            case "front-matter", "library-note", "citation-key", "citation" -> 2;
            case "item-lead-title", "title-reference", "quoted-title", "paper-list-item", "text-identifier" -> 0;
            default -> 1;
        };
    }

    /** Longer titles beat short names ("Meta-Learning with Warped Gradient Descent" over "WarpGrad"). */
    private static boolean better(String candidate, String current) {
        if (current == null) return true;
        int a = candidate.split("\\s+").length;
        int b = current.split("\\s+").length;
        if (a != b) return a > b;
        if (candidate.length() != current.length()) return candidate.length() > current.length();
        return candidate.compareTo(current) < 0;
    }

    private static boolean isEtAl(String authorsAsWritten) {
        return authorsAsWritten != null && authorsAsWritten.toLowerCase(Locale.ROOT).matches(".*\\bet\\s*al\\.?$");
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins two roots; the smaller index stays root so the outcome is order-independent. */
        int union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            return root;
        }
    }
}
