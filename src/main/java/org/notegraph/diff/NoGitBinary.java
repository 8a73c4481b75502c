package org.notegraph.diff;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from running a {@code git} binary: to find git's system-wide configuration JGit runs
 * {@code git config --system} when one is on the PATH. The system configuration is read as empty
 * instead (as with {@code GIT_CONFIG_NOSYSTEM}); the repository's and the user's own configuration
 * files are still read.
 */
final class NoGitBinary extends SystemReader.Delegate {
    private static boolean installed;

    private NoGitBinary(SystemReader delegate) { super(delegate); }

    static synchronized void install() {
        if (installed) return;
        SystemReader.setInstance(new NoGitBinary(SystemReader.getInstance()));
        installed = true;
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return new FileBasedConfig(parent, null, fs) {
            @Override
            public void load() {}

            @Override
            public boolean isOutdated() { return false; }
        };
    }
}
