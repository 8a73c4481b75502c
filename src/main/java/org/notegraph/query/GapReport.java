package org.notegraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The gap worklist ({@code queries/gaps.rq}): what the notes leave open, each row pointing at the
 * note and line to act on. One query serves the {@code gaps} command and the {@code /gaps} page.
 */
public final class GapReport {
    /** One gap: its kind ({@code dangling-link}, …), the resource, its label, where to act and what is missing. */
    public record Gap(String kind, String subject, String label, String note, int line, String detail) {
        /** {@code note:line: kind: label (detail)}, as compilers and editors write a location. */
        public String format() {
            return note + ":" + line + ": " + kind + ": " + label + " (" + detail + ")";
        }
    }

    private GapReport() {}

    public static List<Gap> of(DatasetGraph dsg, long timeoutSeconds) {
        return of(dsg, Duration.ofSeconds(timeoutSeconds));
    }

    /** The gaps, the query stopped after {@code timeout} (Jena's {@code QueryCancelledException}). */
    public static List<Gap> of(DatasetGraph dsg, Duration timeout) {
        String text = NamedQueries.load("gaps").orElseThrow(() -> new IllegalStateException("queries/gaps.rq missing from the classpath"));
        return Txn.calculateRead(dsg, () -> {
            List<Gap> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(text).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                qe.select().forEachRemaining(b -> out.add(new Gap(text(b, "gap"), b.get("subject").getURI(), text(b, "label"),
                        text(b, "note"), Integer.parseInt(text(b, "line")), text(b, "detail"))));
            }
            return out;
        });
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
