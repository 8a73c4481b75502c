package org.notegraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.notegraph.diag.Diagnostics;
import org.notegraph.extract.NoteExtractor;
import org.notegraph.extract.concepts.ConceptVocabulary;
import org.notegraph.extract.papers.LinkTextRules;
import org.notegraph.extract.papers.PaperExtractor;
import org.notegraph.extract.papers.UrlRules;
import org.notegraph.extract.papers.VenueRules;
import org.notegraph.extract.semantics.CueRules;
import org.notegraph.extract.semantics.SemanticExtractor;

/**
 * The extractor a build uses: the built-in rules, the user's URL rules in front of them, and the
 * bundled vocabulary plus the user's vocabulary files (which also count in the build's fingerprint).
 */
record ExtractorSetup(NoteExtractor extractor, ConceptVocabulary vocabulary, List<java.nio.file.Path> vocabularyFiles) {
    static ExtractorSetup of(BuildOptions options, Diagnostics diagnostics) {
        UrlRules urls = UrlRules.defaults();
        for (var f : options.urlRules()) urls = urls.withFile(f);
        List<java.nio.file.Path> files = vocabularyFiles(options, diagnostics);
        ConceptVocabulary vocabulary = vocabulary(files, diagnostics);
        NoteExtractor extractor = new NoteExtractor(new PaperExtractor(urls, LinkTextRules.defaults(), VenueRules.defaults()),
                new SemanticExtractor(vocabulary, CueRules.defaults()));
        return new ExtractorSetup(extractor, vocabulary, List.copyOf(files));
    }

    /** The user's vocabulary files: those given with {@code --vocab} and {@code *.ttl} files lying directly in a notes folder. */
    static List<java.nio.file.Path> vocabularyFiles(BuildOptions options, Diagnostics diagnostics) {
        List<java.nio.file.Path> files = new ArrayList<>(options.vocabularies());
        for (java.nio.file.Path input : options.inputs()) {
            if (!java.nio.file.Files.isDirectory(input)) continue;
            try (var list = java.nio.file.Files.list(input)) {
                list.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().forEach(files::add);
            } catch (java.io.IOException e) {
                diagnostics.warning(input.toString(), 0, "cannot list vocabulary files: " + e.getMessage());
            }
        }
        return files;
    }

    /** The bundled vocabulary plus the user's files; a file that does not parse is reported and left out. */
    static ConceptVocabulary vocabulary(List<java.nio.file.Path> files, Diagnostics diagnostics) {
        ConceptVocabulary vocabulary = ConceptVocabulary.bundled();
        for (java.nio.file.Path f : files) {
            try {
                vocabulary.withFile(f);
            } catch (RuntimeException e) {
                diagnostics.error(f.toString(), 0, "vocabulary file does not parse (" + e.getMessage() + "); left out");
            }
        }
        return vocabulary;
    }
}
