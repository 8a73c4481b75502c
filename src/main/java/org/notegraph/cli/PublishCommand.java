package org.notegraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.notegraph.publish.Credentials;
import org.notegraph.publish.GraphSink;
import org.notegraph.publish.GspSink;
import org.notegraph.publish.HttpTransport;
import org.notegraph.publish.Manifest;
import org.notegraph.publish.PublishPlan;
import org.notegraph.publish.PublishReport;
import org.notegraph.publish.Publisher;
import org.notegraph.publish.RetryPolicy;
import org.notegraph.publish.UpdateSink;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph publish --to URL}: the store's named graphs to a SPARQL 1.1 store, incrementally. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Send every named graph of the store to a SPARQL 1.1 store: one Graph Store Protocol PUT per graph "
                + "(or SPARQL Update with --protocol update), only the graphs changed since the last publish to that URL, "
                + "and deletions for the graphs of removed notes.",
                "A publish that stopped midway is completed by running it again."})
public final class PublishCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "The Graph Store endpoint (Fuseki: http://HOST:3030/DATASET/data), or with --protocol update the "
                    + "SPARQL Update endpoint (Virtuoso: http://HOST:8890/sparql-auth).")
    String to;

    @Option(names = "--protocol", paramLabel = "gsp|update", defaultValue = "gsp",
            description = "gsp (Graph Store Protocol PUT/DELETE, default) or update (DROP SILENT GRAPH + INSERT DATA in chunks).")
    String protocol;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP Basic or Digest login.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password of --user.")
    Path passwordFile;

    @Option(names = "--full", description = "Send every graph again, whatever the last publish to this URL sent (after the target was emptied).")
    boolean full;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Time limit per request (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Retries of a request after a refused or dropped connection, a time-out, 5xx or 429, waiting 0.5 s, 1 s, 2 s… (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--chunk", paramLabel = "TRIPLES", defaultValue = "1000", description = "With --protocol update: triples per INSERT DATA request (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        URI target = targetUri();
        if (timeout <= 0) throw new UserErrors.Mistake("--timeout must be a positive number of seconds, not " + timeout);
        if (retries < 0) throw new UserErrors.Mistake("--retries must be 0 or more, not " + retries);
        if ((user == null) != (passwordFile == null)) throw new UserErrors.Mistake("--user and --password-file go together");
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new UserErrors.Mistake("no such file or folder: " + passwordFile + " (--password-file takes a file whose first line is the password)");
        }
        Optional<Credentials> credentials = user == null ? Optional.empty() : Optional.of(Credentials.fromFile(user, passwordFile));
        RetryPolicy policy = new RetryPolicy(retries + 1, RetryPolicy.DEFAULT.firstDelay(), RetryPolicy.DEFAULT.maxDelay());
        HttpTransport http = new HttpTransport(target, credentials, policy, Duration.ofSeconds(timeout));
        GraphSink sink = switch (protocol.toLowerCase(Locale.ROOT)) {
            case "gsp" -> new GspSink(target, http);
            case "update" -> new UpdateSink(target, http, chunk);
            default -> throw new UserErrors.Mistake("unknown --protocol '" + protocol + "' (gsp or update)");
        };
        try (NoteStore s = Stores.openExisting(store.db);
             Bar bar = new Bar(!quiet && System.console() != null)) {
            Manifest manifest = Manifest.load(store.db, target);
            PublishReport report = new Publisher().publish(s, sink, manifest, full, bar);
            bar.close();
            if (!quiet) spec.commandLine().getOut().println("published to " + target + ": " + report.summary());
            return ExitCodes.OK;
        }
    }

    private URI targetUri() {
        try {
            URI u = new URI(to);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new UserErrors.Mistake("--to takes an http:// or https:// URL, not '" + to + "'");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new UserErrors.Mistake("--to takes an http:// or https:// URL, not '" + to + "' (" + e.getReason() + ")");
        }
    }

    /** A terminal progress bar over the graphs to send and delete, shown only on a console. */
    private static final class Bar implements Publisher.Progress, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        Bar(boolean enabled) { this.enabled = enabled; }

        @Override
        public void started(PublishPlan plan) {
            if (enabled && plan.steps() > 0) {
                bar = new ProgressBarBuilder().setTaskName("graphs").setInitialMax(plan.steps()).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
            }
        }

        @Override
        public void stepDone(String graph) { if (bar != null) bar.step(); }

        @Override
        public void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }
}
