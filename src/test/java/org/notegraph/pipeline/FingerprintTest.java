package org.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extraction fingerprint must change when any rule file changes, so it must read them all. */
class FingerprintTest {
    @Test
    void everyRuleFileIsPartOfTheFingerprint() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/notegraph"))) {
            assertThat(files.map(f -> "/notegraph/" + f.getFileName()))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(Fingerprint.RESOURCES).as("Fingerprint.RESOURCES").contains(r));
        }
    }
}
