package org.notegraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data flow stays visible in the package layout: each stage imports only the stages before it
 * (files → notes → records → extract → identity → rdf → store → validate and diff → query, export, enrich, publish → map
 * (the literature map's subgraph and its drawings) → serve → cli), the orchestration in {@code pipeline} uses notes to validate and only the CLI uses it,
 * {@code model} (shared names) and {@code diag} (diagnostics) are usable by all and use none, and
 * no package or class takes part in a cycle.
 */
class ArchitectureTest {
    private static final String ROOT = "org.notegraph.";

    /** The stages in the order data flows through them; stages in one row may not use each other. */
    private static final List<List<String>> STAGES = List.of(
            List.of("model", "diag"),
            List.of("notes"),
            List.of("records"),
            List.of("extract"),
            List.of("identity"),
            List.of("rdf"),
            List.of("store"),
            List.of("validate", "diff"),
            List.of("pipeline", "query", "export", "enrich", "publish"),
            List.of("map"),
            List.of("serve"),
            List.of("cli"));

    /** Inside extract: rule files and text structure first, then papers and concepts, then semantics, then the extractor. */
    private static final List<List<String>> EXTRACT_STAGES = List.of(
            List.of("extract.rules", "extract.text"),
            List.of("extract.papers", "extract.concepts", "extract.markup"),
            List.of("extract.semantics"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.notegraph");
    }

    /** One rule per stage: it uses no stage of its own row or a later one (pipeline: nothing past validate; only cli uses it). */
    static Stream<String> stages() {
        return STAGES.stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void aStageImportsOnlyEarlierStages(String stage) {
        Set<String> forbidden = new LinkedHashSet<>();
        boolean later = false;
        for (List<String> row : STAGES) {
            if (row.contains(stage)) later = true;
            if (later) for (String s : row) if (!s.equals(stage)) forbidden.add(s);
        }
        if (!stage.equals("cli")) forbidden.add("pipeline");
        forbidden.remove(stage);
        rule(ROOT + stage + "..", forbidden.stream().map(s -> ROOT + s + "..").toList()).check(classes);
    }

    static Stream<String> extractStages() {
        return EXTRACT_STAGES.stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extractStages")
    void insideExtractAPartImportsOnlyEarlierParts(String part) {
        List<String> forbidden = new ArrayList<>();
        boolean later = false;
        for (List<String> row : EXTRACT_STAGES) {
            if (row.contains(part)) later = true;
            if (later) for (String s : row) if (!s.equals(part)) forbidden.add(ROOT + s + "..");
        }
        // the extractor itself (NoteExtractor, ExtractedNote) sits above every part
        ArchRule noTop = noClasses().that().resideInAPackage(ROOT + part + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "extract").allowEmptyShould(true);
        noTop.check(classes);
        if (!forbidden.isEmpty()) rule(ROOT + part + "..", forbidden).check(classes);
    }

    @Test
    void everyPackageIsAStage() {
        Set<String> known = new LinkedHashSet<>();
        STAGES.forEach(known::addAll);
        for (JavaClass c : classes) {
            String rest = c.getPackageName().substring(ROOT.length() - 1).replaceFirst("^\\.", "");
            String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            assertThat(known).as("the stage of " + c.getName()).contains(top);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.notegraph.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noClassCycles() {
        slices().assignedFrom(TOP_LEVEL_CLASS).should().beFreeOfCycles().check(classes);
    }

    /** Each top-level class with its nested classes is one slice. */
    private static final SliceAssignment TOP_LEVEL_CLASS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() { return "top-level classes"; }
    };

    private static ArchRule rule(String packages, List<String> forbidden) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat(inAny(forbidden))
                .as(packages + " imports only earlier stages, not " + forbidden)
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> inAny(List<String> packages) {
        return JavaClass.Predicates.resideInAnyPackage(packages.toArray(String[]::new));
    }
}
