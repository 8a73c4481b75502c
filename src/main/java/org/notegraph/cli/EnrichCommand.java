package org.notegraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.notegraph.enrich.Difference;
import org.notegraph.enrich.EnrichReport;
import org.notegraph.enrich.Enricher;
import org.notegraph.enrich.Failure;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph enrich}: titles, authors, venues and years of the identified papers from scholarly
 * services, into the enrichment graph. The only command that uses the network; never run implicitly.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Look up the papers the notes identify (arXiv, DOI, ACL Anthology, OpenReview ids) in scholarly services "
                + "and add their title, authors, venue and year to the enrichment graph. Answers are cached; the notes' values win.")
public final class EnrichCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin EnrichOptions enrich;

    @Override
    public Integer call() throws InterruptedException {
        var settings = enrich.settings(store.db);
        try (NoteStore s = Stores.openExisting(store.db)) {
            return run(new Enricher(settings), s, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Runs an enricher on an open store and prints its report: differences and summary on out, failures on err. */
    static int run(Enricher enricher, NoteStore store, PrintWriter out, PrintWriter err) throws InterruptedException {
        EnrichReport report = enricher.run(store);
        for (Difference d : report.differences()) out.println(d.format());
        for (Failure f : report.failures()) err.println("notegraph: enrich: " + f.format());
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.nothingDone() ? ExitCodes.UNAVAILABLE : ExitCodes.OK;
    }
}
