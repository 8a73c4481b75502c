package org.notegraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of everything besides a note's own bytes that decides what extraction reads from
 * it: the extraction code, the rule files, the bundled and the user's vocabularies and URL rules,
 * and the size limit. Stored with the graph; when it changes, every note is extracted again.
 */
final class Fingerprint {
    static final List<String> RESOURCES = List.of("/notegraph/url-rules.tsv", "/notegraph/link-text.tsv",
            "/notegraph/venues.tsv", "/notegraph/relation-cues.tsv", "/notegraph/claim-cues.tsv",
            "/notegraph/method-cues.tsv", "/notegraph/lead-stop-words.txt", "/notegraph/broad-concepts.txt",
            "/notegraph/heading-topic-words.txt", "/notegraph/other-work-cues.txt",
            "/notegraph/phenomenon-heads.txt", "/notegraph/person-names.tsv", "/notegraph/venue-forms.tsv",
            "/notegraph/record-columns.tsv", "/notegraph/note-title-cues.tsv", "/notegraph/paper-list-cues.tsv",
            "/notegraph/finding-words.tsv", "/notegraph/front-matter-keys.txt",
            "/vocab/methods.ttl", "/vocab/phenomena.ttl", "/vocab/datasets.ttl", "/vocab/tasks.ttl",
            "/ontology/notegraph.ttl");

    /** The packages (with their sub-packages) whose code decides what a build reads and writes. */
    private static final List<String> STAGES = List.of("org/notegraph/model", "org/notegraph/notes", "org/notegraph/records",
            "org/notegraph/extract", "org/notegraph/identity", "org/notegraph/rdf");

    private Fingerprint() {}

    static String of(BuildOptions options, List<Path> vocabularyFiles, List<Path> libraryFiles) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : RESOURCES) {
                try (InputStream in = Fingerprint.class.getResourceAsStream(r)) {
                    if (in != null) md.update(in.readAllBytes());
                } catch (IOException e) {
                    md.update("unreadable".getBytes());
                }
                md.update((byte) 0);
            }
            for (Path p : vocabularyFiles) addFile(md, p);
            for (Path p : libraryFiles) addFile(md, p);
            for (Path p : options.urlRules()) addFile(md, p);
            md.update(Long.toString(options.maxNoteBytes()).getBytes());
            code(md);
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addFile(MessageDigest md, Path p) {
        try {
            md.update(p.toString().getBytes());
            md.update(Files.readAllBytes(p));
        } catch (IOException e) {
            md.update("unreadable".getBytes());
        }
    }

    /** The classes of the reading and extraction stages: a jar as a whole, or the class files of a folder. */
    private static void code(MessageDigest md) {
        try {
            Path location = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                md.update(Files.readAllBytes(location));
                return;
            }
            for (String pkg : STAGES) {
                Path dir = location.resolve(pkg);
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) md.update(Files.readAllBytes(f));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            md.update("unknown code".getBytes());
        }
    }
}
