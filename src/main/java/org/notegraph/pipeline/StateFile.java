package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A value kept beside the store for one state of it (the caches of the last build's validation and
 * summary): serialised with only notegraph's and the JDK's collection classes allowed back, written
 * to a temporary file and moved into place, and read as absent when damaged, foreign or for another state.
 */
final class StateFile {
    private StateFile() {}

    /** What was saved for {@code state} in {@code file}, if it holds a {@code type} for it. */
    static <T> Optional<T> read(Path file, Class<T> type, String state, java.util.function.Function<T, String> stateOf) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16); ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(info -> {
                Class<?> c = info.serialClass();
                if (c == null || c.isPrimitive()) return ObjectInputFilter.Status.UNDECIDED;
                while (c.isArray()) c = c.getComponentType();
                String n = c.getName();
                boolean ours = n.startsWith("org.notegraph.") || n.startsWith("java.lang.") || n.startsWith("java.util.")
                        || c.isPrimitive();
                return ours ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            Object o = ois.readObject();
            if (type.isInstance(o) && stateOf.apply(type.cast(o)).equals(state)) return Optional.of(type.cast(o));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // damaged or foreign: the caller works it out again
        }
        return Optional.empty();
    }

    /** Saves the value atomically; a failure only means the next build works it out again. */
    static void write(Path file, String prefix, Serializable value) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), prefix, ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16); ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(value);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next build works it out again
        }
    }
}
