package org.notegraph.extract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.testing.TestNotes;

/**
 * Relations and claims read from prose as people write paper summaries: attribution by record
 * (a one-paper note's sentences belong to its paper), findings read by grammar, the cue phrases of
 * {@code relation-cues.tsv} and {@code claim-cues.tsv}, and the clause's own subject. All sentences
 * are our own.
 */
class ProseRelationsTest {

    /** "subject -relation-> object @confidence" for each relation. */
    private static List<String> relations(String markdown) {
        ExtractedNote note = TestNotes.markdown(markdown);
        return note.semantics().relations().stream().map(r -> TestNotes.endLabel(note, r.subject(), r.subjectText())
                + " -" + r.relation() + "-> " + TestNotes.endLabel(note, r.object(), r.objectText())
                + String.format(java.util.Locale.ROOT, " @%.2f", r.confidence())).toList();
    }


    private static double confidenceOf(List<String> rs, String prefix) {
        String r = rs.stream().filter(x -> x.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + rs));
        return Double.parseDouble(r.substring(r.lastIndexOf('@') + 1));
    }

    private static final String ONE_PAPER_NOTE = """
            # Sparse Routing for Tiny Language Models

            A. Writer, B. Reader, 2031

            ## Overview
            The authors route tokens through a few experts.

            ## Results
            - Routing fewer tokens lowers the memory use on long inputs.
            - They sample the experts uniformly at the start.
            - Wider experts seem to help a little on short inputs.
            """;

    @Test
    void aOnePaperNotesSentencesBelongToItsPaperAndAClearFindingIsShown() {
        List<String> r = relations(ONE_PAPER_NOTE);
        String finding = "Sparse Routing for Tiny Language Models -supports-> claim: Routing fewer tokens lowers the memory use on long inputs";
        assertThat(r).anyMatch(x -> x.startsWith(finding));
        assertThat(confidenceOf(r, finding)).as("a clear finding in its paper's record is listed by `relations`").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aStepTheAuthorsTakeIsNoFindingAndAHedgeLowersTheConfidence() {
        List<String> r = relations(ONE_PAPER_NOTE);
        assertThat(r).noneMatch(x -> x.contains("claim: They sample"));
        String hedged = "Sparse Routing for Tiny Language Models -supports-> claim: Wider experts seem to help";
        assertThat(confidenceOf(r, hedged)).isLessThan(0.5);
    }

    @Test
    void frontMatterMakesTheWholeNoteItsPapers() {
        List<String> r = relations("""
                ---
                title: Patchwise Attention for Satellite Images
                year: 2030
                ---
                Some context first.

                Smaller patches improve the accuracy on cloudy scenes.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("Patchwise Attention for Satellite Images -supports-> claim: Smaller patches improve the accuracy on cloudy scenes"));
    }

    @Test
    void aFindingInAListOfManyPapersIsKeptButNotShown() {
        List<String> r = relations("""
                - [Fast Kernels for Trees](https://arxiv.org/abs/2101.00001): larger trees reduce the error on noisy tables
                - [Slow Kernels for Graphs](https://arxiv.org/abs/2101.00002): a kernel for graphs
                """);
        assertThat(confidenceOf(r, "Fast Kernels for Trees -supports-> claim:")).isLessThan(0.5);
    }

    @Test
    void comparisonNotationOutperforms() {
        assertThat(relations("""
                ## [Probing Word Vectors Again](https://arxiv.org/abs/2102.00001)
                - BERT >> GloVe on every tagging task
                """)).anyMatch(x -> x.startsWith("BERT -outperforms-> GloVe"));
    }

    @Test
    void theMethodThatOpensTheClauseIsTheSubjectOfAComparison() {
        List<String> r = relations("""
                ## [On Calibrating Small Classifiers](https://arxiv.org/abs/2102.00002)
                - Platt scaling, the cheaper of the two, usually beats isotonic regression on small validation sets.
                - Kernel smoothing consistently outperforms isotonic regression.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("Platt scaling -outperforms-> isotonic regression"));
        assertThat(r).as("a noun phrase the vocabulary lacks is a method end")
                .anyMatch(x -> x.startsWith("Kernel smoothing -outperforms-> isotonic regression"));
    }

    @Test
    void betterWordedAnyWayThanOutperforms() {
        assertThat(relations("""
                ## [Images From Noise](https://arxiv.org/abs/2102.00003)
                - In this comparison GANs give sharper-looking samples than VAEs.
                """)).noneMatch(x -> x.contains("-outperforms->"));
        assertThat(relations("""
                ## [Images From Noise](https://arxiv.org/abs/2102.00003)
                - GANs give better-looking samples than VAEs.
                """)).anyMatch(x -> x.startsWith("GANs -outperforms-> VAE"));
    }

    @Test
    void reliesUponAndRequiresAreUses() {
        assertThat(relations("- Training relies upon dropout in every block [Deep Nets Rest](https://arxiv.org/abs/2102.00004)\n"))
                .anyMatch(x -> x.startsWith("Deep Nets Rest -uses-> dropout"));
    }

    @Test
    void evaluatingAPhenomenonStudiesIt() {
        assertThat(relations("- The authors evaluate double descent across widths [Width Sweeps](https://arxiv.org/abs/2102.00005)\n"))
                .anyMatch(x -> x.startsWith("Width Sweeps -studies-> double descent"));
    }

    @Test
    void disputingAClaimThatIsADisputeOfThatClaim() {
        assertThat(relations("""
                ## [Noise Is Not Memorised](https://arxiv.org/abs/2102.00006)
                - The paper disputes the claim that wide networks memorise every noisy label.
                """)).anyMatch(x -> x.startsWith("Noise Is Not Memorised -disputes-> claim: wide networks memorise every noisy label"));
    }

    @Test
    void contradictingIsADisputeUnlessNegated() {
        assertThat(relations("- This contradicts [Old Bounds](https://arxiv.org/abs/2102.00008) [New Bounds](https://arxiv.org/abs/2102.00007)\n"))
                .anyMatch(x -> x.contains("-disputes-> Old Bounds"));
        assertThat(relations("- This does not contradict [Old Bounds](https://arxiv.org/abs/2102.00008) [New Bounds](https://arxiv.org/abs/2102.00007)\n"))
                .noneMatch(x -> x.contains("-disputes->"));
    }

    @Test
    void aProposedLabelNamesTheMethod() {
        assertThat(relations("""
                ## [Stable Pooling for Graphs](https://arxiv.org/abs/2102.00009)
                - Proposed fix: Shadow Pooling. It keeps two copies of each node.
                """)).anyMatch(x -> x.startsWith("Stable Pooling for Graphs -proposes-> Shadow Pooling"));
    }

    @Test
    void itIsFoundThatIsAReportedFinding() {
        assertThat(relations("""
                ## [Warmup Revisited](https://arxiv.org/abs/2102.00010)
                - It is found that warmup matters most for large batches.
                """)).anyMatch(x -> x.startsWith("Warmup Revisited -supports-> claim:") && x.contains("warmup matters most for large batches"));
    }

    @Test
    void theNoteTakersOwnVoiceIsNoClaimOfThePaper() {
        List<String> r = relations("""
                # Sparse Routing for Tiny Language Models

                A. Writer, B. Reader, 2031

                The authors report a handful of experiments.

                ## Results
                - Routing fewer tokens lowers the memory use on long inputs.
                - I hope the routing table lowers my own training bill as well.
                - Heh, the routing figure lowers the reader's blood pressure.
                - The routing figure finally shows what lowers the memory use!
                """);
        assertThat(r).anyMatch(x -> x.contains("claim: Routing fewer tokens lowers the memory use"));
        assertThat(r).noneMatch(x -> x.contains("claim: I hope"));
        assertThat(r).noneMatch(x -> x.contains("claim: Heh"));
        assertThat(r).noneMatch(x -> x.contains("finally shows"));
    }

    @Test
    void lessThanNotationNamesTheWeakerMethodFirst() {
        List<String> r = relations("""
                # Probing Word Vectors

                A. Writer, B. Reader, 2031

                The authors report a handful of experiments.

                - Results: GloVe < ELMo, BERT on every probing task.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("ELMo -outperforms-> GloVe"));
        assertThat(r).anyMatch(x -> x.startsWith("BERT -outperforms-> GloVe"));
        assertThat(r).noneMatch(x -> x.startsWith("GloVe -outperforms->"));
    }

    @Test
    void aSummaryAfterTheTitleOrNestedUnderItIsShownButAQuotedDigestIsNot() {
        List<String> r = relations("""
                ## Papers on sparse routing

                * 31/01/02, Writer: Sparse Routing for Tiny Language Models. Routing fewer tokens lowers the memory use on long inputs.
                    * Wider experts reduce the error on short inputs.
                    * Digest: Larger routers reduce the latency of the whole model.
                    * https://arxiv.org/abs/3101.00001
                """);
        String title = "Sparse Routing for Tiny Language Models -supports-> claim: ";
        assertThat(confidenceOf(r, title + "Routing fewer tokens")).isGreaterThanOrEqualTo(0.5);
        assertThat(confidenceOf(r, title + "Wider experts")).isGreaterThanOrEqualTo(0.5);
        assertThat(r.stream().filter(x -> x.contains("Larger routers")).allMatch(x -> confidenceOf(r, x) < 0.5)).isTrue();
    }

    @Test
    void anAbbreviatedNameIsOneNameAndItsExtensionIsRead() {
        List<String> r = relations("""
                # Calibrating Tiny Classifiers

                A. Writer, B. Reader, 2031

                The authors report a handful of experiments.

                - Temp. Scaling is an extension of Platt scaling with one learned parameter.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("Temp. Scaling -extends-> Platt scaling"));
    }

    @Test
    void namesTheVocabularyLacksJoinAComparisonsObjects() {
        List<String> r = relations("""
                # Calibrating Tiny Classifiers

                A. Writer, B. Reader, 2031

                The authors report a handful of experiments.

                - Histogram binning typically outperforms isotonic regression and QBXR on every dataset.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("Histogram binning -outperforms-> isotonic regression"));
        assertThat(r).anyMatch(x -> x.startsWith("Histogram binning -outperforms-> QBXR"));
    }

    @Test
    void otherMethodsAreNoNamedRival() {
        List<String> r = relations("""
                # Calibrating Tiny Classifiers

                A. Writer, B. Reader, 2031

                The authors report a handful of experiments.

                - They observed that it outperforms other calibration methods by a wide margin.
                """);
        assertThat(r).noneMatch(x -> x.contains("-outperforms->"));
    }

    private static final String HEAD = """
            # Small Detectors on Phones

            A. Writer, B. Reader, 2031

            The authors report a handful of experiments.

            """;

    @Test
    void aNegatedUseAndUsedForOrByAreNoUse() {
        List<String> r = relations(HEAD + """
                - They don't use dropout anywhere in the detector.
                - The box head is used by ResNet stages in the late layers.
                - Weight decay is used for the final head only.
                """);
        assertThat(r).noneMatch(x -> x.contains("-uses-> dropout"));
        assertThat(r).noneMatch(x -> x.contains("-uses-> ResNet"));
        assertThat(r).noneMatch(x -> x.contains("-uses-> weight decay") && x.contains("used for"));
        assertThat(relations(HEAD + "- The pruned head still uses dropout after every block.\n")).anyMatch(x -> x.contains("-uses-> dropout"));
    }

    @Test
    void aCombinationOfTwoMethodsUsesBoth() {
        List<String> r = relations(HEAD + "- Its head is a combination of dropout and batch normalization.\n");
        assertThat(r).anyMatch(x -> x.contains("-uses-> dropout"));
        assertThat(r).anyMatch(x -> x.contains("-uses-> batch normalization"));
    }

    @Test
    void aSectionOfTheNoteTakersOwnViewsStatesNothingForThePaper() {
        String results = "## Results\n- Pruning half the filters lowers the latency on small images.\n\n";
        List<String> r = relations(HEAD + results + """
                ## Thoughts and Open Questions
                Pruning the stem layers lowers the accuracy far too much to be useful.
                A future detector would struggle to beat ResNet here.
                """);
        assertThat(r).anyMatch(x -> x.contains("claim: Pruning half the filters lowers the latency"));
        assertThat(r).noneMatch(x -> x.contains("Pruning the stem layers"));
        assertThat(r).noneMatch(x -> x.contains("-outperforms->"));
    }

    @Test
    void aComparisonOfTwoMethodsIsNotAlsoAClaimUnlessItConcludesSomething() {
        List<String> r = relations(HEAD + """
                - Isotonic regression, the older of the two, usually beats VGG on tiny validation sets.
                - GloVe < ELMo => context matters a great deal for tagging.
                """);
        assertThat(r).anyMatch(x -> x.startsWith("Isotonic regression -outperforms-> VGG"));
        assertThat(r).noneMatch(x -> x.contains("claim: Isotonic regression"));
        assertThat(r).anyMatch(x -> x.startsWith("ELMo -outperforms-> GloVe"));
        assertThat(r).anyMatch(x -> x.contains("-supports-> claim:") && x.contains("context matters a great deal"));
    }

    @Test
    void theTailOfASentenceAndALineOpeningAQuoteAreNoFindings() {
        List<String> r = relations(HEAD + """
                - `BoxSearch`, kept from the old pipeline, runs far slower on large images.
                - Pruning helped the small detector a lot, but it brings its own problem:
                """);
        assertThat(r).noneMatch(x -> x.contains("kept from the old pipeline"));
        assertThat(r).noneMatch(x -> x.contains("its own problem"));
    }

    @Test
    void comparisonNotationWithNoMethodOnItsLeftNamesNoRival() {
        List<String> r = relations(HEAD + "- On recall, a carefully tuned head > MLP.\n");
        assertThat(r).noneMatch(x -> x.contains("-outperforms->"));
    }

    @Test
    void whatOccursStandsBeforeTheVerb() {
        List<String> r = relations(HEAD + "- This occurs because the box loss leads to overfitting long before the class loss.\n");
        assertThat(r).noneMatch(x -> x.contains("-supports-> overfitting"));
    }

    @Test
    void provingHowSomethingActsOnAPhenomenonIsAClaimNotASighting() {
        List<String> r = relations(HEAD + "- They prove how a held-out score flags memorization early in training.\n");
        assertThat(r).noneMatch(x -> x.contains("-supports-> memorization"));
        assertThat(r).anyMatch(x -> x.contains("-supports-> claim:") && x.contains("flags memorization"));
    }

    @Test
    void anAcronymWithAWordEndingIsAMethodName() {
        List<String> r = relations(HEAD + "- Swapping in VGG instead of QRNet improves the box quality.\n");
        assertThat(r).anyMatch(x -> x.startsWith("VGG -outperforms-> QRNet"));
    }

    @Test
    void aClauseOpeningWithWhatTheAuthorsDidIsAStepNotAFinding() {
        List<String> r = relations(HEAD + """
                - When we froze the neck, the recall on tiny objects went down sharply.
                - Removing the box loss lowers the accuracy by a large margin.
                """);
        assertThat(r).noneMatch(x -> x.contains("When we froze"));
        assertThat(r).anyMatch(x -> x.contains("claim: Removing the box loss lowers the accuracy"));
    }

    @Test
    void aFindingVerbInAPapersOwnRecordIsShown() {
        List<String> r = relations("""
                ## Papers on pruning

                * 31/01/02, Writer: Small Detectors on Phones. Pruned heads run faster on phones.
                    * Removing half the filters (stem, neck) hurts the recall on tiny objects, but not on large ones.
                    * https://arxiv.org/abs/3101.00002
                """);
        assertThat(confidenceOf(r, "Small Detectors on Phones -supports-> claim: Removing half the filters")).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aNameInAListOfExamplesIsNotProposed() {
        List<String> r = relations(HEAD + """
                - They compare against older detectors such as sliding box voting (SBV) on every benchmark.
                - The authors introduce tiny anchor pruning (TAP) for phones.
                """);
        assertThat(r).noneMatch(x -> x.contains("-proposes-> SBV"));
        assertThat(r).anyMatch(x -> x.contains("-proposes-> TAP"));
    }

    @Test
    void anAmountAfterAUseCueComparesOrDeniesRatherThanUses() {
        List<String> r = relations(HEAD + """
                - The frozen stem requires less fine-tuning than the head.
                - Small detectors use less weight decay than large ones.
                """);
        assertThat(r).noneMatch(x -> x.contains("-uses->"));
    }
}
