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
import org.notegraph.notes.Library;
import org.notegraph.notes.LibraryReader;

/**
 * The extractor a build uses: the built-in rules, the user's URL rules in front of them, the
 * bundled vocabulary plus the user's vocabulary files, and the user's reference library (the
 * vocabulary and library files also count in the build's fingerprint).
 */
record ExtractorSetup(NoteExtractor extractor, ConceptVocabulary vocabulary, List<java.nio.file.Path> vocabularyFiles,
                      List<java.nio.file.Path> libraryFiles) {
    static ExtractorSetup of(BuildOptions options, Diagnostics diagnostics) {
        UrlRules urls = UrlRules.defaults();
        for (var f : options.urlRules()) urls = urls.withFile(f);
        List<java.nio.file.Path> files = vocabularyFiles(options, diagnostics);
        ConceptVocabulary vocabulary = vocabulary(files, diagnostics);
        List<java.nio.file.Path> libraryFiles = libraryFiles(options, diagnostics);
        Library library = LibraryReader.read(libraryFiles, diagnostics);
        NoteExtractor extractor = new NoteExtractor(new PaperExtractor(urls, LinkTextRules.defaults(), VenueRules.defaults()),
                new SemanticExtractor(vocabulary, CueRules.defaults())).withLibrary(library);
        return new ExtractorSetup(extractor, vocabulary, List.copyOf(files), List.copyOf(libraryFiles));
    }

    /**
     * The user's libraries: those given with {@code --library}, then the BibTeX and CSL-JSON files
     * lying directly in a notes folder (where a Zotero export or a vault's {@code references.bib} sits).
     */
    static List<java.nio.file.Path> libraryFiles(BuildOptions options, Diagnostics diagnostics) {
        return givenAndInNotesFolders(options.libraries(), options,
                p -> java.nio.file.Files.isRegularFile(p) && LibraryReader.isLibrary(p), "library", diagnostics);
    }

    /** The user's vocabulary files: those given with {@code --vocab} and {@code *.ttl} files lying directly in a notes folder. */
    static List<java.nio.file.Path> vocabularyFiles(BuildOptions options, Diagnostics diagnostics) {
        return givenAndInNotesFolders(options.vocabularies(), options,
                p -> p.getFileName().toString().endsWith(".ttl"), "vocabulary", diagnostics);
    }

    /** The files given, then those of one kind lying directly in each notes folder (sorted, each once). */
    private static List<java.nio.file.Path> givenAndInNotesFolders(List<java.nio.file.Path> given, BuildOptions options,
            java.util.function.Predicate<java.nio.file.Path> kind, String what, Diagnostics diagnostics) {
        List<java.nio.file.Path> files = new ArrayList<>(given);
        for (java.nio.file.Path input : options.inputs()) {
            if (!java.nio.file.Files.isDirectory(input)) continue;
            try (var list = java.nio.file.Files.list(input)) {
                list.filter(kind).sorted().filter(p -> !files.contains(p)).forEach(files::add);
            } catch (java.io.IOException e) {
                diagnostics.warning(input.toString(), 0, "cannot list " + what + " files: " + e.getMessage());
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
