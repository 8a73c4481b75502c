package org.notegraph.enrich;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.notegraph.identity.IriMinter;
import org.notegraph.model.Namespaces;
import org.notegraph.store.NoteStore;

/**
 * {@code notegraph enrich}: looks every paper the notes identify (arXiv id, DOI, ACL Anthology id,
 * OpenReview id) up in the chosen scholarly services, in order, and rewrites the enrichment graph
 * with what they say ({@link EnrichmentGraph}). Answers come from the {@link ResponseCache} when it
 * has them, else from the service (rate-limited per service, retried on 429 and 5xx) and are then
 * cached, "not found" included, so an identifier is never asked of a service twice. A lookup that
 * fails is reported and the run goes on; the notes' values are never replaced and every field a
 * source gives otherwise is reported as a {@link Difference}. Only ever run when asked.
 */
public final class Enricher {
    private final EnrichSettings settings;
    private final List<Source> sources;
    private final Map<String, TokenBucket> buckets = new LinkedHashMap<>();
    private final Fetcher fetcher;
    private final ResponseCache cache;
    private final Timing timing;

    public Enricher(EnrichSettings settings) { this(settings, Timing.SYSTEM, Fetcher.defaultClient()); }

    /** With injected clocks and HTTP client (tests). */
    public Enricher(EnrichSettings settings, Timing timing, HttpClient client) {
        this.settings = settings;
        this.sources = Sources.of(settings);
        this.timing = timing;
        for (Source s : sources) buckets.put(s.name(), s.bucket(timing));
        this.fetcher = new Fetcher(client, userAgent(settings.contact()), timing, settings.attempts(), settings.firstBackoff());
        this.cache = new ResponseCache(settings.cache());
    }

    /** The User-Agent: the program and, for the polite pools, the contact address. */
    static String userAgent(String contact) {
        return "notegraph/0.1.0 (notegraph enrich" + (contact == null ? "" : "; mailto:" + contact) + ")";
    }

    /** Runs over the papers of an open store and replaces its enrichment graph. */
    public EnrichReport run(NoteStore store) throws InterruptedException {
        String base = base(store.graphNames());
        IriMinter minter = new IriMinter(base);
        List<KnownPaper> papers = store.read(d -> StorePapers.read(d, minter.entitiesGraph()));
        EnrichmentGraph graph = new EnrichmentGraph(minter);
        List<Difference> differences = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int identified = 0, enriched = 0, lookups = 0, fromCache = 0, filled = 0;
        int requestsBefore = fetcher.requests();
        // identifier sources first, title searches after them (stable: the order given otherwise)
        List<Source> asked = sources.stream().sorted(java.util.Comparator.comparing(Source::byTitle)).toList();
        for (KnownPaper paper : papers) {
            if (!paper.identified()) continue;
            identified++;
            String label = paper.iri().startsWith(minter.base()) ? paper.iri().substring(minter.base().length()) : paper.iri();
            List<Answer> answers = new ArrayList<>();
            String title = paper.title();
            for (Source source : asked) {
                Optional<Source.Lookup> lookup = source.lookup(paper, title);
                if (lookup.isEmpty()) continue;
                lookups++;
                Optional<ResponseCache.Entry> cached = cache.get(source.name(), lookup.get().key(), source.extension());
                ResponseCache.Entry entry;
                if (cached.isPresent()) {
                    fromCache++;
                    entry = cached.get();
                } else {
                    try {
                        entry = fetch(source, lookup.get());
                    } catch (Fetcher.FetchException e) {
                        failures.add(new Failure(label, source.name(), e.getMessage()));
                        continue;
                    }
                }
                Work work = null;
                if (entry.found()) {
                    try {
                        work = source.read(entry.body(), lookup.get()).orElse(null);
                    } catch (IllegalArgumentException e) {
                        failures.add(new Failure(label, source.name(), "unreadable cached answer: " + e.getMessage()));
                        continue;
                    }
                }
                Answer answer = new Answer(source.name(), work, entry.url(), entry.retrieved());
                answers.add(answer);
                differences.addAll(Differences.of(paper, label, answer));
                if (title == null && work != null && work.title() != null) title = work.title();
            }
            answers.sort(java.util.Comparator.comparingInt(a -> settings.sources().indexOf(a.source())));
            Map<Answer, Work> chosen = Choice.of(answers);
            if (!chosen.isEmpty()) enriched++;
            for (Map.Entry<Answer, Work> e : chosen.entrySet()) {
                graph.add(paper.iri(), e.getKey(), e.getValue());
                Work w = e.getValue();
                if (w.title() != null && paper.title() == null) filled++;
                if (!w.authors().isEmpty() && paper.authors().isEmpty()) filled++;
                if (w.venue() != null && paper.venue() == null) filled++;
                if (w.year() != null && paper.year() == null) filled++;
            }
        }
        Graph g = graph.graph();
        if (g.isEmpty()) store.apply(Map.of(), Set.of(minter.enrichmentGraph()));
        else store.apply(Map.of(minter.enrichmentGraph(), g), Set.of());
        return new EnrichReport(settings.sources(), identified, enriched, lookups, fromCache,
                fetcher.requests() - requestsBefore, filled, differences, failures);
    }

    /** Asks the service; a found answer is kept only when it reads as the documented format. */
    private ResponseCache.Entry fetch(Source source, Source.Lookup lookup) throws Fetcher.FetchException, InterruptedException {
        Fetcher.Answer a = fetcher.get(lookup.uri(), source.accept(), buckets.get(source.name()));
        boolean found = a.found();
        if (found) {
            try {
                found = source.read(a.body(), lookup).isPresent();
            } catch (IllegalArgumentException e) {
                throw new Fetcher.FetchException("answer not in the documented format (" + e.getMessage() + ")");
            }
        }
        ResponseCache.Entry entry = new ResponseCache.Entry(lookup.key(), lookup.recordedUrl(), timing.now(), found,
                found ? a.body() : null);
        cache.put(source.name(), entry, source.extension());
        return entry;
    }

    /** The build's base, from the name of the entities graph it always writes. */
    static String base(Set<String> graphNames) {
        for (String n : graphNames) if (n.endsWith("graph/entities")) return n.substring(0, n.length() - "graph/entities".length());
        return Namespaces.DEFAULT_BASE;
    }
}
