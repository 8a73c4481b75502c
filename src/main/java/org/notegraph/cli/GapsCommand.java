package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.notegraph.query.GapReport;
import org.notegraph.query.NamedQueries;
import org.notegraph.query.QueryRunner;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph gaps}: the worklist of what the notes leave open, one {@code note:line:} row per gap. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "List what the notes leave open: papers cited in several notes with no note of their own, claims without "
                + "evidence, dangling wikilinks, papers without title, authors or year, notes that mention no paper, "
                + "disputes no other note answers. Each row as note:line.")
public final class GapsCommand implements Callable<Integer> {
    static final Set<String> KINDS = Set.of("cited-not-noted", "claim-without-evidence", "dangling-link",
            "paper-missing-fields", "note-without-papers", "unanswered-dispute");

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (note:line: kind: label (detail)), or csv, tsv, json, xml, table. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only gaps of this kind (repeatable) in text output: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    List<String> kinds = List.of();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Query time limit (default: ${DEFAULT-VALUE}).")
    long timeout;

    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return new java.util.TreeSet<>(KINDS).iterator(); }
    }

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String k : kinds) {
            if (!KINDS.contains(k)) {
                err.println("notegraph: unknown gap kind '" + k + "' (kinds: " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
                return ExitCodes.USAGE;
            }
        }
        try (NoteStore s = Stores.openExisting(store.db)) {
            if (!format.equals("text")) {
                QueryRunner.Format fmt;
                try {
                    fmt = QueryRunner.format(format);
                } catch (IllegalArgumentException e) {
                    err.println("notegraph: unknown format '" + format + "' (text, table, csv, tsv, json, xml)");
                    return ExitCodes.USAGE;
                }
                out.flush();
                OutputStream o = new BufferedOutputStream(System.out);
                new QueryRunner(s.datasetGraph(), timeout).run(NamedQueries.load("gaps").orElseThrow(), fmt, o);
                o.flush();
                return ExitCodes.OK;
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (GapReport.Gap g : GapReport.of(s.datasetGraph(), timeout)) {
                if (!kinds.isEmpty() && !kinds.contains(g.kind())) continue;
                out.println(g.format());
                counts.merge(g.kind(), 1, Integer::sum);
            }
            StringBuilder summary = new StringBuilder();
            counts.forEach((k, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
            out.println(counts.isEmpty() ? "no gaps" : counts.values().stream().mapToInt(Integer::intValue).sum() + " gaps: " + summary);
            return ExitCodes.OK;
        }
    }
}
