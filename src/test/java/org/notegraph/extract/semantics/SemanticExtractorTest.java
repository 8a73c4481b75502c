package org.notegraph.extract.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegraph.extract.ExtractedNote;
import org.notegraph.model.Relation;
import org.notegraph.testing.TestNotes;

/** The semantic layer: concepts, introduced methods, claims and typed relations read from prose. */
class SemanticExtractorTest {

    /** A relation as "subject -relation-> object" with ends labelled as the note writes them. */
    private static List<String> relations(String markdown) {
        ExtractedNote note = TestNotes.markdown(markdown);
        return note.semantics().relations().stream().map(r -> TestNotes.endLabel(note, r.subject(), r.subjectText())
                + " -" + r.relation() + "-> " + TestNotes.endLabel(note, r.object(), r.objectText())).toList();
    }


    @Test
    void eponymousTitleProposesItsMethod() {
        assertThat(relations("- Faster training with fewer steps [FooNet: Fast Networks for Bar](https://arxiv.org/abs/2001.00001)\n"))
                .contains("FooNet: Fast Networks for Bar -proposes-> FooNet");
    }

    @Test
    void titlesThatArePhrasesProposeNothing() {
        assertThat(relations("- a study of it [Skip Connections Matter: On Transfer](https://arxiv.org/abs/2001.00002)\n"))
                .noneMatch(r -> r.contains("-proposes->"));
    }

    @Test
    void bareLinksProposeNothing() {
        assertThat(relations("- [FooNet: Fast Networks for Bar](https://arxiv.org/abs/2001.00001)\n"))
                .noneMatch(r -> r.contains("-proposes->"));
    }

    @Test
    void proposeCueIntroducesANewMethodThatExtendsTheOneItNamesAsAnExtension() {
        List<String> r = relations("""
                ### [Semi-supervised Detection of Oddities](https://openreview.net/forum?id=AbCdEfGhIj)
                The authors suggest the Deep ODD method which is an extension of the Deep SVDD method.
                """);
        assertThat(r).contains("Semi-supervised Detection of Oddities -proposes-> Deep ODD", "Deep ODD -extends-> Deep SVDD");
    }

    @Test
    void quotedNamesMayBeLowerCase() {
        assertThat(relations("""
                ### [Audio Priors From Harmonics](https://openreview.net/forum?id=AbCdEfGhIk)
                They change the kernels to obtain "harmonic convolution" for spectrograms.
                """)).contains("Audio Priors From Harmonics -proposes-> harmonic convolution");
    }

    @Test
    void aNameMadeOfAKnownMethodAndAModifierExtendsIt() {
        assertThat(relations("- WidgetGAN - a GAN whose labels are soft [Soft Labels for Adversaries](https://arxiv.org/abs/2001.00003)\n"))
                .contains("Soft Labels for Adversaries -proposes-> WidgetGAN", "WidgetGAN -extends-> GAN");
    }

    @Test
    void usesCueFindsAVocabularyMethodAfterIt() {
        assertThat(relations("- Faces generated from voices via GAN training [Voices to Faces](https://arxiv.org/abs/2001.00004)\n"))
                .contains("Voices to Faces -uses-> GAN");
    }

    @Test
    void conjoinedObjectsAreAllRelated() {
        assertThat(relations("- Tree ensembles for tables; it outperforms XGBoost and CatBoost [Oblivious Trees](https://arxiv.org/abs/2001.00005)\n"))
                .contains("Oblivious Trees -outperforms-> XGBoost", "Oblivious Trees -outperforms-> CatBoost");
    }

    @Test
    void aPhenomenonInTheTitleIsStudied() {
        assertThat(relations("- Theory for it. [Label Noise and Clipping](https://arxiv.org/abs/2001.00006) has details\n"))
                .contains("Label Noise and Clipping -studies-> Label Noise");
    }

    @Test
    void broadConceptsAreNotTopics() {
        assertThat(relations("- bounds [Generalization Bounds for Nets](https://arxiv.org/abs/2001.00007) explained\n"))
                .noneMatch(r -> r.contains("-studies->"));
    }

    @Test
    void notAlwaysDisputesAPhenomenonAndAStanceReplacesStudies() {
        assertThat(relations("- double descent is NOT ALWAYS present according to [this paper](https://openreview.net/pdf?id=H1gBsgBYwH)\n"))
                .contains("https://openreview.net/pdf?id=H1gBsgBYwH -disputes-> double descent");
    }

    @Test
    void showingAPhenomenonSupportsItButActingOnItIsAClaim() {
        List<String> sighting = relations("""
                ### [Bigger Models Hurt](https://arxiv.org/abs/1912.02292)
                We show that modern networks exhibit a double descent curve.
                """);
        assertThat(sighting).as("a label wrapped in more words is named by the label")
                .contains("Bigger Models Hurt -supports-> double descent")
                .noneMatch(r -> r.contains("-proposes->"));
        List<String> claim = relations("""
                ### [Averaging Models](https://arxiv.org/abs/2002.08791)
                We also show that model averaging alleviates double descent.
                """);
        assertThat(claim).as("the claim is the clause after 'show that'")
                .contains("Averaging Models -supports-> claim: model averaging alleviates double descent");
    }

    @Test
    void aSentenceWithItsSubjectLeftOutSupportsThePhenomenonTheTitleNames() {
        assertThat(relations("""
                ## [Epoch-free Double Descent](https://arxiv.org/abs/2003.00001)
                * Occurs for many model families and optimisers alike
                * Larger width lowers the training loss
                """)).contains("Epoch-free Double Descent -supports-> Double Descent")
                .noneMatch(r -> r.contains("-studies-> double descent"));
        assertThat(relations("""
                ## [Epoch-free Double Descent](https://arxiv.org/abs/2003.00001)
                * Never occurs for tiny networks, though
                """)).noneMatch(r -> r.contains("-supports->"));
    }

    @Test
    void makingAMethodMoreEfficientExtendsItAndTheUseIsImplied() {
        List<String> r = relations("""
                ### [Slimformer: A Lean Transformer](https://arxiv.org/abs/2003.00002)
                Combines two tricks to make the Transformer more frugal with memory.
                """);
        assertThat(r).contains("Slimformer -extends-> Transformer").noneMatch(x -> x.contains("-uses-> Transformer"));
    }

    @Test
    void aNoveltyThatIsAKnownMethodWithSomethingExtendsIt() {
        assertThat(relations("""
                ## [Gated Recurrent Memory](https://arxiv.org/abs/2003.00003)
                * Novelty: LSTM with an external gated memory
                """)).anyMatch(r -> r.endsWith("-extends-> LSTM"));
    }

    @Test
    void emphaticCapitalsAndConcessionsDenyTheCommonBelief() {
        ExtractedNote note = TestNotes.markdown("""
                ### [Myths of Deep Learning Theory](https://openreview.net/forum?id=AbCdEfGhJk)
                Sharp minima DO generalise well in our experiments with many seeds.
                While the bound was confirmed for linear models, it does not stay tight for deep residual networks.
                """);
        assertThat(note.semantics().claims()).hasSize(2)
                .allSatisfy(c -> assertThat(c.stance()).isEqualTo(ClaimMention.Stance.DENIES));
        assertThat(note.semantics().claims().get(0).rule()).isEqualTo("denies-emphatic");
        assertThat(note.semantics().claims().get(1).rule()).isEqualTo("denies-confirmed-but-not");
    }

    @Test
    void aFindingVerbMakesALessCertainClaim() {
        ExtractedNote note = TestNotes.markdown("""
                ### [Data Scaling Surprises](https://arxiv.org/abs/2003.00004)
                In some regimes adding more training samples can hurt test accuracy.
                """);
        assertThat(note.semantics().claims()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("asserts-finding-verb");
            assertThat(c.quote()).isEqualTo("In some regimes adding more training samples can hurt test accuracy.");
            assertThat(c.confidence()).isLessThan(0.5);
        });
    }

    @Test
    void followingUpOnAnIdeaExtendsThePaperCitedEarlierInTheItem() {
        assertThat(relations("""
                - Seeing Inside Nets. [[paper]](https://arxiv.org/abs/2003.00005)
                  - Digest: [Earlier work](https://arxiv.org/abs/1503.00006) suggested to view layers as encoders. They also argued for a plane of two measures. Here we follow up on this idea and visualise it.
                """)).anyMatch(r -> r.startsWith("Seeing Inside Nets") && r.contains("-extends-> https://arxiv.org/abs/1503.00006"));
    }

    @Test
    void rejectionsAreDisputedClaims() {
        ExtractedNote note = TestNotes.markdown("""
                ### [Truth or Myth in Theory](https://openreview.net/forum?id=HyxyIgHFvr)
                The paper gives counter-examples that suggest the theory might not hold for all networks.
                """);
        assertThat(note.semantics().claims()).singleElement()
                .satisfies(c -> assertThat(c.stance()).isEqualTo(ClaimMention.Stance.DENIES));
    }

    @Test
    void explicitAnnotationsWinWithConfidenceOne() {
        ExtractedNote note = TestNotes.markdown("""
                ---
                title: Deep ODD
                arxiv: 2001.00008
                extends: "[[Deep One-Class Classification]]"
                phenomenon: double descent
                ---
                # Deep ODD
                uses:: [[Adam]]
                #disputes/lazy-regime
                """);
        assertThat(note.semantics().relations()).filteredOn(r -> !r.rule().equals("eponymous-title"))
                .allSatisfy(r -> assertThat(r.confidence()).isEqualTo(1.0));
        assertThat(note.semantics().relations()).extracting(r -> r.relation() + " " + r.object())
                .contains("extends Link[target=Deep One-Class Classification]", "uses Link[target=Adam]")
                .anyMatch(s -> s.startsWith("studies Known[") && s.contains("double descent"))
                .anyMatch(s -> s.startsWith("disputes"));
        assertThat(note.semantics().relations()).extracting(RelationMention::rule)
                .contains("front-matter-field", "dataview-field", "tag");
    }

    @Test
    void everyRelationNamesItsRuleAndKeepsEvidenceAndLine() {
        ExtractedNote note = TestNotes.markdown("""
                # Notes

                - Faces generated from voices via GAN training [Voices to Faces](https://arxiv.org/abs/2001.00004)
                """);
        assertThat(note.semantics().relations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.rule()).isNotBlank();
            assertThat(r.evidence()).isNotBlank();
            assertThat(r.span().line()).isEqualTo(3);
            assertThat(r.confidence()).isBetween(0.0, 1.0);
            assertThat(r.relation()).isNotNull();
        });
    }

    @Test
    void initialismsAbbreviateWordsAndNameNoMethod() {
        assertThat(MethodNames.isInitialism("LVM", "estimation for Latent Variable Models")).isTrue();
        assertThat(MethodNames.isInitialism("MINE", "the Mutual Information Neural Estimation")).isTrue();
        assertThat(MethodNames.isInitialism("DARTS-ES", "and do early stopping")).isFalse();
    }

    @Test
    void suggestingToUseAKnownMethodIsAUseAndANewOneIsProposed() {
        List<String> known = relations("""
                ### [Pooling by Assignment](https://arxiv.org/abs/2003.00007)
                The authors suggest to use a GCN to predict the cluster assignment.
                """);
        assertThat(known).contains("Pooling by Assignment -uses-> GCN").noneMatch(r -> r.contains("-proposes-> GCN"));
        assertThat(relations("""
                ### [Why Zero Filling Misleads Networks](https://arxiv.org/abs/2003.00008)
                The authors suggest to use gap normalization.
                """)).contains("Why Zero Filling Misleads Networks -proposes-> gap normalization");
    }

    @Test
    void aQuotedPhenomenonOrAPassingSoCalledTermIsNoNewMethod() {
        List<String> r = relations("""
                ### [On the Ubiquity of Descent Curves](https://arxiv.org/abs/2003.00009)
                We show that many tasks exhibit a "double-descent" phenomenon in the so-called kernel regime of training.
                """);
        assertThat(r).noneMatch(x -> x.contains("-proposes->"));
        assertThat(relations("""
                ### [On Learning to Warp Gradients](https://arxiv.org/abs/2003.00010)
                The paper introduces so-called bent layers between the layers of the task learner.
                """)).contains("On Learning to Warp Gradients -proposes-> bent layers");
    }

    @Test
    void aModelNameRightAfterAUseCueIsAMethodEvenIfTheVocabularyDoesNotKnowIt() {
        assertThat(relations("""
                - predicts the next clip; based on ClipFormer + autoregressive model [Long Video Prediction](https://arxiv.org/abs/2003.00011)
                """)).contains("Long Video Prediction -uses-> ClipFormer");
    }

    @Test
    void usingAVariantOfAMethodIsAUseNotAnExtension() {
        List<String> r = relations("""
                ### [Sparse Buckets for Attention](https://arxiv.org/abs/2003.00012)
                Use a variant of locality sensitive hashing to sort the keys into buckets.
                """);
        assertThat(r).anyMatch(x -> x.endsWith("-uses-> locality sensitive hashing")).noneMatch(x -> x.contains("-extends->"));
    }

    @Test
    void aHeadingThatNamesAPhenomenonMakesItTheTopicOfThePapersBelow() {
        ExtractedNote note = TestNotes.markdown("""
                ## Catastrophic forgetting: mitigation

                - replays old tasks [Replay Without Storage](https://arxiv.org/abs/2003.00013)
                - regularises weights [Elastic Anchors](https://arxiv.org/abs/2003.00014)

                ## Catastrophic forgetting ends here

                - [Unrelated Pruning Study](https://arxiv.org/abs/2003.00015)
                """);
        List<RelationMention> studies = note.semantics().relations().stream().filter(r -> r.relation() == Relation.STUDIES).toList();
        assertThat(studies).hasSize(2).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo("section-heading-topic");
            assertThat(r.span().line()).isEqualTo(1);
            assertThat(r.evidence()).isEqualTo("Catastrophic forgetting: mitigation");
            assertThat(((Endpoint.Known) r.object()).concept().prefLabel()).isEqualTo("catastrophic forgetting");
        });
        assertThat(studies).extracting(r -> ((Endpoint.Paper) r.subject()).mentionIndex()).containsExactly(0, 1);
    }

    @Test
    void aShowThatClauseSupportsAPhenomenonOnlyWhenItSaysItIsSeen() {
        assertThat(relations("""
                ### [Wide Nets Revisited](https://arxiv.org/abs/2003.00016)
                We show that many wide networks exhibit a "double descent" curve in test error.
                """)).contains("Wide Nets Revisited -supports-> double descent");
        List<String> r = relations("""
                ### [Costly Robustness](https://arxiv.org/abs/2003.00017)
                We show that the sample complexity of robust learning can be much larger than that of standard learning.
                """);
        assertThat(r).noneMatch(x -> x.endsWith("-supports-> sample complexity"))
                .anyMatch(x -> x.startsWith("Costly Robustness -supports-> claim: the sample complexity of robust learning"));
    }

    @Test
    void aCueDoesNotReachPastAColonIntoTheNextClause() {
        List<String> r = relations("""
                ### [Graph Summaries Everywhere](https://arxiv.org/abs/2003.00018)
                Extension to semi-supervised scenarios: Use a teacher-student set-up on unlabelled graphs.
                """);
        assertThat(r).noneMatch(x -> x.contains("-extends->")).anyMatch(x -> x.endsWith("-uses-> teacher-student"));
    }

    @Test
    void notUsingAMethodIsNoUse() {
        List<String> r = relations("""
                ### [Energy Views of Classifiers](https://arxiv.org/abs/2003.00019)
                Instead of using softmax they define an energy over inputs and labels.
                The curve looks extremely similar to using warmup in practice.
                The logits can also be used to define an energy based model of the inputs.
                The new estimator can be used as a replacement to Gumbel-Softmax in most settings.
                """);
        assertThat(r).noneMatch(x -> x.contains("-uses->"));
    }

    @Test
    void aSentenceAboutOtherWorkSaysNothingAboutTheItemsPaper() {
        assertThat(relations("""
                ### [Better Style Transfer](https://arxiv.org/abs/2003.00020)
                Previous work on style transfer: an autoencoding loss with an adversarial loss using a language model as discriminator.
                """)).noneMatch(x -> x.contains("-uses->"));
    }

    @Test
    void aCueRightAfterAnotherPapersLinkSpeaksOfThatPaper() {
        assertThat(relations("""
                ## [Streaming Translation Heads](https://arxiv.org/abs/2003.00021)
                * Prior state of the art: [Looping Attention Readers](https://arxiv.org/abs/2003.00022) (based on LSTM)
                """)).contains("Looping Attention Readers -uses-> LSTM").noneMatch(x -> x.startsWith("Streaming Translation Heads -uses->"));
    }

    @Test
    void aCoinedProblemIsStudiedNotProposed() {
        List<String> r = relations("""
                ### [Why Mean Filling Misleads](https://arxiv.org/abs/2003.00023)
                Authors coin the term "uneven missingness problem" for inputs with varying numbers of missing values.
                """);
        assertThat(r).contains("Why Mean Filling Misleads -studies-> uneven missingness problem").noneMatch(x -> x.contains("-proposes->"));
    }

    @Test
    void anAbbreviationInParenthesesIsNoSecondMethod() {
        List<String> r = relations("""
                ### [Exact Kernels of Wide Nets](https://arxiv.org/abs/2003.00024)
                We give an algorithm for the kernel of convolutional nets, which we call Convolutional GPK (CGPK), and test it.
                """);
        assertThat(r).filteredOn(x -> x.contains("-proposes->")).containsExactly("Exact Kernels of Wide Nets -proposes-> Convolutional GPK");
    }

    @Test
    void anItemLeadThatIsAKnownPhenomenonProposesNothing() {
        assertThat(relations("""
                - Grokking: When Small Nets Suddenly Generalise. [[paper]](https://arxiv.org/abs/2003.00025)
                  - Digest: We study late generalisation long after the training loss reached zero.
                """)).noneMatch(x -> x.contains("-proposes->"));
    }

    @Test
    void aNameCalledAcrossALineBreakAndADerivedEstimatorAreProposed() {
        List<String> r = relations("""
                ### [Sampling Sets for Gradients](https://arxiv.org/abs/2003.00026)
                They call this estimator the ordered tuple
                estimator: it averages over tuples.
                Applying REINFORCE to it gives rise to the ordered tuple policy gradient estimator for training.
                """);
        assertThat(r).contains("Sampling Sets for Gradients -proposes-> ordered tuple estimator",
                "Sampling Sets for Gradients -proposes-> ordered tuple policy gradient estimator");
    }

    @Test
    void theDefenceThatIsAMethodIsUsedAndActingOnAPhenomenonStudiesIt() {
        List<String> r = relations("""
                - The best defence against patch attacks is adversarial training [Patch Attacks Revisited](https://arxiv.org/abs/2003.00027)
                - A penalty to decrease the generalization gap of wide nets [Rank Penalties](https://arxiv.org/abs/2003.00028)
                """);
        assertThat(r).contains("Patch Attacks Revisited -uses-> adversarial training", "Rank Penalties -studies-> generalization gap");
    }

    @Test
    void aTitleThatStatesAFindingIsTheHeadlineClaim() {
        ExtractedNote note = TestNotes.markdown("""
                - Noisy Labels Improve Model Calibration. [[paper]](https://arxiv.org/abs/2003.00029)
                  - Digest: We look at label noise and calibration.
                """);
        assertThat(note.semantics().claims()).anyMatch(c -> c.text().startsWith("Noisy Labels Improve Model Calibration")
                && c.confidence() >= 0.6 && c.stance() == ClaimMention.Stance.ASSERTS);
    }

    @Test
    void aClaimRightAfterAnotherPapersLinkIsThatPapersClaim() {
        ExtractedNote note = TestNotes.markdown("""
                - [Layer Norm Explained](https://arxiv.org/abs/2003.00030) sparked a debate; [this paper](https://arxiv.org/abs/2003.00031) argues that smoother loss surfaces explain the gains.
                """);
        assertThat(note.semantics().claims()).singleElement().satisfies(c -> {
            assertThat(note.papers().get(c.paperMentionIndex()).url()).isEqualTo("https://arxiv.org/abs/2003.00031");
            assertThat(c.text()).isEqualTo("smoother loss surfaces explain the gains");
        });
    }

    @Test
    void notAlwaysIsAHedgeUnlessItSpeaksOfAPhenomenon() {
        ExtractedNote note = TestNotes.markdown("""
                ### [Pooling Sets by Sorting](https://arxiv.org/abs/2003.00032)
                As the sets are not always the same size, the weights are read as a piecewise linear function.
                """);
        assertThat(note.semantics().claims()).isEmpty();
        assertThat(note.semantics().relations()).noneMatch(r -> r.relation() == Relation.DISPUTES);
    }

    @Test
    void enhancingAMethodsRobustnessExtendsIt() {
        assertThat(relations("""
                ### [Steady Flows for Robust Dynamics](https://arxiv.org/abs/2003.00033)
                They suggest SteadyODE (steady state ODE), to enhance NeuralODE robustness under noise.
                """)).contains("SteadyODE -extends-> NeuralODE");
    }

    @Test
    void aVariantThatIncreasesPerformanceOutperformsWhatItExtends() {
        assertThat(relations("""
                - Early stopping of the search (DARTS-ES) is an extension of DARTS; DARTS-ES already increases performance on all spaces [Robust Search](https://arxiv.org/abs/2003.00034)
                """)).contains("DARTS-ES -extends-> DARTS", "DARTS-ES -outperforms-> DARTS");
    }

    @Test
    void combiningOneMethodWithAnotherUsesBoth() {
        assertThat(relations("""
                ### [Unbiased Bounds for Latent Models](https://arxiv.org/abs/2003.00035)
                The estimator is built by combining the IWAE lower bound with the Russian roulette estimator.
                """)).anyMatch(x -> x.endsWith("-uses-> IWAE")).anyMatch(x -> x.endsWith("-uses-> Russian roulette estimator"));
    }

    @Test
    void aNarrowerMethodInAnOfPhraseIsTheOneUsed() {
        List<String> r = relations("""
                ### [Why Perturbing Features Helps Few-shot Learning](https://arxiv.org/abs/2003.00036)
                The noise weights are trained using the meta-learning objective of MAML on every task.
                """);
        assertThat(r).anyMatch(x -> x.endsWith("-uses-> MAML")).noneMatch(x -> x.endsWith("-uses-> meta-learning"));
    }

    @Test
    void aSentenceThatSupportsAPhenomenonCanImplyAFurtherClaim() {
        ExtractedNote note = TestNotes.markdown("""
                ### [Data Regimes of Robust Models](https://arxiv.org/abs/2003.00037)
                With more samples the robust test loss exhibits a double descent curve, which implies that extra data can hurt robust accuracy.
                """);
        assertThat(note.semantics().relations()).anyMatch(r -> r.relation() == Relation.SUPPORTS && r.object() instanceof Endpoint.Known);
        assertThat(note.semantics().claims()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("asserts-implies");
            assertThat(c.text()).isEqualTo("extra data can hurt robust accuracy");
        });
    }

    @Test
    void aModelThatIsAKnownMethodIsUsed() {
        assertThat(relations("""
                - exaggerates a classifier's evidence; needs an extra model (which is a GAN, so training is fiddly) [Explaining by Exaggeration](https://arxiv.org/abs/2003.00038)
                """)).contains("Explaining by Exaggeration -uses-> GAN");
    }

    @Test
    void aWorkCitedWithoutATargetIsTheEndOfAnAnaphor() {
        assertThat(relations("""
                - Sketches from Classifiers. [[paper]](https://arxiv.org/abs/2003.00041)
                  - Digest: Recently, [Okafor et al. (2016)]() drew images by gradient ascent. In this paper we extend this method with a prior on the code.
                """)).anyMatch(r -> r.endsWith("-extends-> cited: Okafor et al. (2016)"));
        assertThat(relations("""
                - Sketches from Classifiers. [[paper]](https://arxiv.org/abs/2003.00041)
                  - Digest: We extend this method `[not a citation]()` with a prior.
                """)).noneMatch(r -> r.contains("cited:"));
    }

    @Test
    void theSourceCitedRightAfterAKnownPhenomenonSupportsIt() {
        List<String> r = relations("""
                - grokking (test accuracy jumps long after training accuracy saturates) is a common phenomenon [a blog post explaining it]() but it is NOT ALWAYS seen according to [this paper](https://openreview.net/pdf?id=AbCdEfGhLm)
                """);
        assertThat(r).contains("cited: a blog post explaining it -supports-> grokking",
                "https://openreview.net/pdf?id=AbCdEfGhLm -disputes-> grokking");
        assertThat(relations("""
                - grokking is not a common phenomenon [a blog post explaining it]() in small nets [Small Nets](https://arxiv.org/abs/2003.00042)
                """)).noneMatch(x -> x.contains("-supports->"));
    }

    @Test
    void aHashLineInACodeBlockIsNoTopicHeading() {
        ExtractedNote note = TestNotes.markdown("""
                ## Reading list

                ```python
                # overfitting
                model.fit(x, y)
                ```

                - early stopping recipes [Stop Early, Stop Often](https://arxiv.org/abs/2003.00043)
                """);
        assertThat(note.semantics().relations()).noneMatch(r -> r.rule().equals("section-heading-topic"));
    }
}
