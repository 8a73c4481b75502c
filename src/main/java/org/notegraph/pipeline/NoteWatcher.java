package org.notegraph.pipeline;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.notegraph.diag.Diagnostics;
import org.notegraph.store.NoteStore;

/**
 * Follows the notes folders and rebuilds the store incrementally after changes. Saves that come in
 * a burst are coalesced: a rebuild starts once the folders have been quiet for a moment (and at
 * the latest shortly after the first change). Each rebuild is one write transaction, so readers see
 * the whole old note or the whole new one.
 */
public final class NoteWatcher implements AutoCloseable {
    public static final long QUIET_MILLIS = 200;
    public static final long MAX_DELAY_MILLIS = 1000;

    private final BuildOptions options;
    private final NoteStore store;
    private final Consumer<BuildReport> onBuild;
    private final Consumer<Throwable> onFailure;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notegraph-watch");
        t.setDaemon(true);
        return t;
    });
    private final DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;
    private long firstChange;

    public NoteWatcher(BuildOptions options, NoteStore store, Consumer<BuildReport> onBuild) throws IOException {
        this(options, store, onBuild, e -> { });
    }

    /** Calls {@code onBuild} after each rebuild and {@code onFailure} when one fails (watching goes on). */
    public NoteWatcher(BuildOptions options, NoteStore store, Consumer<BuildReport> onBuild, Consumer<Throwable> onFailure)
            throws IOException {
        this.options = options;
        this.store = store;
        this.onBuild = onBuild;
        this.onFailure = onFailure;
        List<Path> folders = options.inputs().stream().filter(Files::isDirectory).toList();
        this.watcher = DirectoryWatcher.builder().paths(folders).fileHashing(false)
                .listener(event -> changed()).build();
    }

    /**
     * Starts watching (in the background) and returns at once. One rebuild follows at once, for
     * changes made between the last build and the start of watching.
     */
    public NoteWatcher start() {
        watcher.watchAsync();
        changed();
        return this;
    }

    private synchronized void changed() {
        long now = System.currentTimeMillis();
        if (pending == null || pending.isDone()) firstChange = now;
        if (pending != null) pending.cancel(false);
        long delay = Math.min(QUIET_MILLIS, Math.max(0, firstChange + MAX_DELAY_MILLIS - now));
        pending = scheduler.schedule(this::rebuild, delay, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        try {
            BuildReport report = new Builder().build(options, store, new Diagnostics(), Builder.Progress.NONE, false);
            onBuild.accept(report);
        } catch (RuntimeException | Error e) {
            onFailure.accept(e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // already closed
        }
        scheduler.shutdownNow();
    }
}
