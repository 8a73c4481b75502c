package org.notegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.notegraph.rdf.NG;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph explain-identity PAPER}: which mentions were merged into a paper, and the shared
 * keys (identifiers, normalised title, URL) that merged them.
 */
@Command(name = "explain-identity", mixinStandardHelpOptions = true,
        description = "Explain why mentions were merged into one paper. PAPER is a paper IRI, an identifier "
                + "(arxiv:1706.03762, openreview:ID, doi:10.x/y) or words of its title.")
public final class ExplainIdentityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "PAPER", description = "Paper IRI, identifier or title words.")
    String paper;

    private static final String PAPERS = """
            PREFIX ng: <%s>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT DISTINCT ?paper ?title WHERE {
              ?paper a ng:Paper . OPTIONAL { ?paper dcterms:title ?title }
              { FILTER(STR(?paper) = ?q) } UNION
              { ?m oa:hasBody ?paper ; ng:identityKey ?k . FILTER(LCASE(?k) = LCASE(?q)) } UNION
              { ?paper dcterms:title ?t . FILTER(CONTAINS(LCASE(?t), LCASE(?q))) }
            } ORDER BY ?paper LIMIT 20
            """.formatted(NG.NS);

    private static final String MENTIONS = """
            PREFIX ng: <%s>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?m ?path ?line ?k WHERE {
              ?m oa:hasBody ?paper ; ng:inNote ?note ; ng:line ?line ; ng:identityKey ?k .
              ?note ng:path ?path .
            } ORDER BY ?path ?line ?m ?k
            """.formatted(NG.NS);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (NoteStore s = Stores.openExisting(store.db)) {
            return s.read(dsg -> {
                var ds = DatasetFactory.wrap(dsg);
                ParameterizedSparqlString pq = new ParameterizedSparqlString(PAPERS);
                pq.setLiteral("q", paper.strip());
                List<String[]> papers = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(pq.asQuery()).build()) {
                    qe.execSelect().forEachRemaining(r -> papers.add(new String[] {r.getResource("paper").getURI(),
                            r.contains("title") ? r.getLiteral("title").getString() : "(no title)"}));
                }
                if (papers.isEmpty()) {
                    spec.commandLine().getErr().println("notegraph: no paper matches '" + paper + "'");
                    return ExitCodes.USAGE;
                }
                for (String[] p : papers) explain(ds, p[0], p[1], out);
                return ExitCodes.OK;
            });
        }
    }

    private static void explain(org.apache.jena.query.Dataset ds, String paperIri, String title, PrintWriter out) {
        ParameterizedSparqlString pq = new ParameterizedSparqlString(MENTIONS);
        pq.setIri("paper", paperIri);
        Map<String, String> where = new TreeMap<>();
        Map<String, List<String>> keysOf = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(pq.asQuery()).build()) {
            qe.execSelect().forEachRemaining((QuerySolution r) -> {
                String m = r.getResource("m").getURI();
                where.put(m, r.getLiteral("path").getString() + ":" + r.getLiteral("line").getInt());
                keysOf.computeIfAbsent(m, k -> new ArrayList<>()).add(r.getLiteral("k").getString());
            });
        }
        out.println(paperIri + "  \"" + title + "\"  (" + where.size() + " mentions)");
        Map<String, List<String>> mentionsByKey = new TreeMap<>();
        keysOf.forEach((m, keys) -> keys.forEach(k -> mentionsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(where.get(m))));
        for (var e : where.entrySet()) {
            out.println("  " + e.getValue() + "  keys: " + String.join(", ", keysOf.get(e.getKey())));
        }
        for (var e : mentionsByKey.entrySet()) {
            if (e.getValue().size() > 1) {
                out.println("  merged by " + e.getKey() + ": " + String.join(", ", e.getValue()));
            }
        }
    }
}
