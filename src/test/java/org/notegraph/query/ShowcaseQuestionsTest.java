package org.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notegraph.diag.Diagnostics;
import org.notegraph.pipeline.BuildOptions;
import org.notegraph.pipeline.BuildReport;
import org.notegraph.pipeline.Builder;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;

/**
 * The showcase questions of {@code ../shared/eval/gold/relations-notes.md}, each answered by a named
 * query over the five seed documents. Needs {@code ../shared}: fails (never skips) without it.
 */
class ShowcaseQuestionsTest {
    @TempDir static Path tmp;
    static NoteStore store;

    @BeforeAll
    static void buildSeeds() {
        Path seeds = Path.of(System.getProperty("notegraph.shared", "../shared")).resolve("corpus/seeds");
        assertThat(seeds).as("the seed corpus must sit beside the project at ../shared/corpus/seeds").isDirectory();
        Path db = tmp.resolve("db");
        BuildReport report = new Builder().build(new BuildOptions(List.of(seeds), List.of("*.txt"), null, db, 0,
                List.of(), null), new Diagnostics(), Builder.Progress.NONE);
        assertThat(report.notesBuilt()).isEqualTo(5);
        store = Stores.openExisting(db);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    private static List<Map<String, String>> query(String name, String... params) {
        String text = NamedQueries.load(name).orElseThrow();
        return Txn.calculateRead(store.datasetGraph(), () -> {
            var builder = QueryExecution.dataset(store.dataset()).query(text);
            for (int i = 0; i + 1 < params.length; i += 2) {
                builder.substitution(params[i], ResourceFactory.createStringLiteral(params[i + 1]));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = builder.build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static Predicate<Map<String, String>> row(String... keyValues) {
        return r -> {
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                String v = r.getOrDefault(keyValues[i], "");
                if (!v.toLowerCase().contains(keyValues[i + 1].toLowerCase())) return false;
            }
            return true;
        };
    }

    private static List<Map<String, String>> relations() {
        return query("relations");
    }

    @Test
    void q1WhichPapersSupportAndWhichDisputeDoubleDescent() {
        List<Map<String, String>> dossier = query("phenomenon-dossier", "label", "double descent");
        assertThat(dossier).anyMatch(row("what", "disputes", "paper", "H1gBsgBYwH", "note", "000_", "line", "64"));
        assertThat(dossier).anyMatch(row("what", "supports", "paperLabel", "openai paper well describing it", "note", "000_", "line", "64"));
        assertThat(dossier).anyMatch(row("what", "supports", "paperLabel", "Deep Double Descent: Where Bigger Models", "line", "108"));
        assertThat(dossier).anyMatch(row("what", "supports", "note", "003_", "line", "60", "text", "Occurs across various architectures"));
        assertThat(dossier).anyMatch(row("what", "supports", "paperLabel", "The Curious Case of Adversarially Robust Models", "line", "168"));
        assertThat(dossier).anyMatch(row("what", "studies", "paperLabel", "Double Trouble in Double Descent"));
        assertThat(dossier).anyMatch(row("what", "studies", "paperLabel", "Generalization of Two-layer Neural Networks"));
        assertThat(dossier).anyMatch(row("what", "claim", "paperLabel", "Bayesian Deep Learning and a Probabilistic Perspective",
                "text", "Bayesian model averaging alleviates double descent"));
    }

    @Test
    void q2TheUntitledPaperThatDisputesDoubleDescentIsNamedInAnotherNote() {
        List<Map<String, String>> mentions = query("paper-mentions");
        Map<String, String> untitled = mentions.stream().filter(row("note", "000_", "line", "64", "openreview", "H1gBsgBYwH"))
                .findFirst().orElseThrow();
        assertThat(untitled.get("title")).isEqualTo("Generalization of Two-layer Neural Networks: An Asymptotic Viewpoint");
        assertThat(relations()).anyMatch(row("note", "004_", "line", "29", "relation", "studies",
                "subjectLabel", "Generalization of Two-layer Neural Networks", "objectLabel", "double descent"));
    }

    @Test
    void q3WhichMethodsExtendAnotherMethod() {
        List<Map<String, String>> lineage = query("method-lineage");
        String[][] pairs = {{"Mogrifier LSTM", "LSTM"}, {"Deep SAD", "Deep SVDD"}, {"GIN", "RealNVP"}, {"RAdam", "Adam"},
            {"Transformer-XH", "Transformer"}, {"Convolutional NTK", "Neural Tangent Kernel"}, {"DARTS-ES", "DARTS"},
            {"ProxSGD", "stochastic gradient descent"}, {"RealnessGAN", "generative adversarial network"},
            {"Variational Template Machine", "variational autoencoder"},
            {"Four Things Everyone Should Know to Improve Batch Normalization", "batch normalization"},
            {"Learning to Balance", "MAML"}, {"Reformer", "Transformer"}, {"Monotonic Multihead Attention", "Transformer"},
            {"TisODE", "neural ODE"}};
        for (String[] p : pairs) {
            assertThat(lineage).as(p[0] + " extends " + p[1]).anyMatch(r -> r.get("methodLabel").startsWith(p[0])
                    && r.get("ancestorLabel").equalsIgnoreCase(p[1]) && r.get("direct").equals("true"));
        }
    }

    @Test
    void q4WhichPapersAreNotedInSeveralDocuments() {
        List<Map<String, String>> several = query("papers-in-several-notes");
        assertThat(several).hasSize(22);
        assertThat(several).anyMatch(r -> r.values().stream().anyMatch(v -> v.startsWith("Reformer")) && r.containsValue("4"));
        assertThat(several).anyMatch(r -> r.values().stream().anyMatch(v -> v.startsWith("Your classifier is secretly")) && r.containsValue("3"));
        assertThat(several).anyMatch(r -> r.values().stream().anyMatch(v -> v.startsWith("On Mutual Information Maximization")) && r.containsValue("3"));
    }

    @Test
    void q5WhichClaimsDoesTruthOrBackpropagandaDispute() {
        List<Map<String, String>> disputes = relations().stream()
                .filter(row("subjectLabel", "Truth or backpropaganda", "relation", "disputes")).toList();
        // A disputed claim is worded as the statement rejected, as the gold words it.
        assertThat(disputes).anyMatch(row("note", "000_", "line", "70", "objectLabel", "suboptimal local minima do not exist",
                "evidence", "suboptimal local minima DO exist"));
        assertThat(disputes).anyMatch(row("note", "000_", "line", "70", "objectLabel", "l2 norm regularization does not decrease performance"));
        assertThat(disputes).anyMatch(row("note", "001_", "line", "726", "objectLabel", "Suboptimal local minima do not exist"));
        assertThat(disputes).anyMatch(row("note", "001_", "line", "734", "objectLabel", "Low l2 norm parameters are better",
                "evidence", "Low l2 norm parameters are not better"));
        assertThat(disputes).anyMatch(row("note", "001_", "objectLabel", "the tangent kernel does become constant in more involved architectures"));
        assertThat(disputes).anyMatch(row("note", "001_", "line", "748", "objectLabel", "theoretical results do hold"));
    }

    @Test
    void q6RelationsBetweenPapers() {
        List<Map<String, String>> r = relations();
        assertThat(r).anyMatch(row("line", "128", "subjectLabel", "On the Information Bottleneck Theory of Deep Learning",
                "relation", "disputes", "objectLabel", "Opening the Black Box of Deep Neural Networks via Information"));
        assertThat(r).anyMatch(row("line", "145", "subjectLabel", "Opening the Black Box of Deep Neural Networks via Information",
                "relation", "extends", "objectLabel", "Deep Learning and the Information Bottleneck Principle"));
        assertThat(r).anyMatch(row("note", "004_", "line", "302", "subjectLabel", "Plug & Play Generative Networks",
                "relation", "extends", "objectLabel", "Nguyen et al. (2016)"));
        assertThat(r).anyMatch(row("line", "186", "subjectLabel", "Unlabeled Data Improves Adversarial Robustness",
                "relation", "extends", "objectLabel", "Adversarially Robust Generalization Requires More Data"));
    }

    @Test
    void q7WhichMethodsOrPapersOutperformWhich() {
        List<Map<String, String>> out = relations().stream().filter(row("relation", "outperforms")).toList();
        assertThat(out).anyMatch(row("subjectLabel", "Unlikelihood", "objectLabel", "Nuclear Sampling"));
        assertThat(out).anyMatch(row("subjectLabel", "Neural Oblivious Decision Ensembles", "objectLabel", "XGBoost"));
        assertThat(out).anyMatch(row("subjectLabel", "Neural Oblivious Decision Ensembles", "objectLabel", "CatBoost"));
        assertThat(out).anyMatch(row("subjectLabel", "Mogrifier LSTM", "objectLabel", "LSTM", "note", "001_"));
        assertThat(out).anyMatch(row("subjectLabel", "harmonic convolution", "objectLabel", "U-Net"));
        assertThat(out).anyMatch(row("subjectLabel", "harmonic convolution", "objectLabel", "Wave-U-Net"));
        assertThat(out).anyMatch(row("note", "000_", "line", "142", "subjectLabel", "DARTS-ES", "objectLabel", "DARTS"));
    }

    @Test
    void q8WhichPapersUseGansAndWhichMethodBuildsOnGan() {
        List<Map<String, String>> r = relations();
        for (String line : new String[] {"12", "32", "104", "108"}) {
            assertThat(r).anyMatch(row("note", "000_", "line", line, "relation", "uses", "objectLabel", "GAN"));
        }
        assertThat(r).anyMatch(row("subjectLabel", "RealnessGAN", "relation", "extends", "objectLabel", "GAN"));
        assertThat(r).anyMatch(row("subjectLabel", "Real or Not Real", "relation", "proposes", "objectLabel", "RealnessGAN"));
    }

    @Test
    void q9WhatTheNotesSayAboutMoreTrainingData() {
        List<Map<String, String>> r = relations();
        assertThat(r).anyMatch(row("line", "172", "subjectLabel", "More Data Can Expand the Generalization Gap",
                "relation", "studies", "objectLabel", "Generalization Gap"));
        assertThat(query("phenomenon-dossier", "label", "generalization gap"))
                .anyMatch(row("paperLabel", "More Data Can Expand the Generalization Gap"));
        List<Map<String, String>> claims = query("claims", "words", "data");
        assertThat(claims).anyMatch(row("note", "003_", "line", "62", "paperLabel", "Deep Double Descent",
                "text", "increasing training data can hurt performance", "stance", "asserts"));
        assertThat(claims).anyMatch(row("note", "004_", "line", "106", "paperLabel", "Deep Double Descent: Where Bigger Models",
                "text", "More Data Hurt"));
        assertThat(claims).anyMatch(row("note", "004_", "line", "168", "paperLabel", "The Curious Case of Adversarially Robust Models",
                "text", "more training data hurts the generalization"));
        assertThat(claims).anyMatch(row("note", "004_", "line", "174", "paperLabel", "More Data Can Expand the Generalization Gap",
                "text", "more data may actually increase this gap"));
    }

    @Test
    void q10WhoDisputesAndWhoSupportsTheMutualInformationView() {
        List<Map<String, String>> r = relations();
        List<Map<String, String>> disputes = r.stream()
                .filter(row("subjectLabel", "On Mutual Information Maximization for Representation Learning", "relation", "disputes")).toList();
        assertThat(disputes).anyMatch(row("note", "001_", "line", "515"));
        assertThat(disputes).anyMatch(row("note", "003_", "line", "199"));
        assertThat(disputes).anyMatch(row("note", "004_", "line", "249", "objectLabel", "the success of these methods can be attributed to the properties of MI alone"));
        assertThat(query("claims", "words", "mutual information")).anyMatch(row("note", "002_", "line", "109", "stance", "asserts",
                "paperLabel", "A Mutual Information Maximization Perspective",
                "text", "maximises the mutual information between different parts of the input"));
        assertThat(r).anyMatch(row("subjectLabel", "A Mutual Information Maximization Perspective", "relation", "proposes", "objectLabel", "InfoWorld"));
        assertThat(r).anyMatch(row("subjectLabel", "InfoWorld", "relation", "uses", "objectLabel", "Transformer"));
    }

    @Test
    void contestedClaimsListBothSides() {
        List<Map<String, String>> contested = query("contested-claims");
        assertThat(contested).anyMatch(row("targetLabel", "double descent", "stance", "supports"));
        assertThat(contested).anyMatch(row("targetLabel", "double descent", "stance", "disputes"));
    }

}
