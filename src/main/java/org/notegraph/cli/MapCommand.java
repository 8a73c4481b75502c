package org.notegraph.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.notegraph.map.FocusResolver;
import org.notegraph.map.MapDot;
import org.notegraph.map.MapGraphml;
import org.notegraph.map.MapJson;
import org.notegraph.map.MapRequest;
import org.notegraph.map.MapStyle;
import org.notegraph.map.MapSvg;
import org.notegraph.map.Subgraph;
import org.notegraph.map.SubgraphReader;
import org.notegraph.store.NoteStore;
import org.notegraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph map IRI|WORDS}: the literature map around a resource (the same subgraph as the
 * {@code /map} page) as SVG, DOT, GraphML or JSON.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Draw the literature map around a resource: papers, methods, phenomena, claims and notes, with the "
                + "typed relations between them. IRI|WORDS is a resource's IRI or words of its label (title, concept name, "
                + "note path); without it, the whole graph (best-connected nodes first, up to --max-nodes).")
public final class MapCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("svg", "dot", "graphml", "json");

    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(arity = "0..*", paramLabel = "IRI|WORDS", description = "The resource to centre on.")
    List<String> focus = List.of();

    @Option(names = "--depth", paramLabel = "N", defaultValue = "2", description = "Steps out from the resource (0-6, default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--relations", paramLabel = "a,b", split = ",",
            description = "Only these edge kinds: proposes, extends, disputes, supports, outperforms, uses, studies, about, attributedTo, mentions, linksTo.")
    List<String> relations = List.of();

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "250", description = "At most N nodes (default: ${DEFAULT-VALUE}).")
    int maxNodes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg", description = "svg, dot, graphml or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!FORMATS.contains(format)) {
            err.println("notegraph: unknown format '" + format + "' (" + String.join(", ", FORMATS) + ")");
            return ExitCodes.USAGE;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String r : relations) {
            String name = r.strip();
            if (name.isEmpty()) continue;
            if (MapStyle.standard().edge(name).isEmpty()) {
                err.println("notegraph: unknown relation '" + name + "' (" + String.join(", ",
                        MapStyle.standard().edgeKinds().stream().map(MapStyle.Kind::name).toList()) + ")");
                return ExitCodes.USAGE;
            }
            kinds.add(name);
        }
        if (depth < 0 || depth > MapRequest.MAX_DEPTH || maxNodes < 1) {
            err.println("notegraph: --depth is 0 to " + MapRequest.MAX_DEPTH + " and --max-nodes at least 1");
            return ExitCodes.USAGE;
        }
        try (NoteStore s = Stores.openExisting(store.db)) {
            String iri = null;
            if (!focus.isEmpty()) {
                String words = String.join(" ", focus);
                List<FocusResolver.Candidate> found = new FocusResolver(s.datasetGraph()).resolve(words);
                if (found.isEmpty()) {
                    err.println("notegraph: nothing in the store is named '" + words + "' (give an IRI, or words of a title, concept or note path)");
                    return ExitCodes.USAGE;
                }
                iri = found.get(0).iri();
                err.println("notegraph: map around " + iri + "  \"" + found.get(0).label() + "\"");
                if (found.size() > 1) {
                    err.println("  also matched: " + String.join("; ", found.subList(1, Math.min(4, found.size())).stream()
                            .map(c -> c.label() + " <" + c.iri() + ">").toList()));
                }
            }
            Subgraph g = new SubgraphReader(s.datasetGraph()).read(new MapRequest(iri, depth, kinds, maxNodes));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            switch (format) {
                case "svg" -> MapSvg.write(g, bytes);
                case "graphml" -> MapGraphml.write(g, bytes);
                case "json" -> {
                    MapJson.write(g, null, bytes);
                    bytes.write('\n');
                }
                default -> {
                    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    MapDot.write(g, w);
                    w.flush();
                }
            }
            if (output != null) {
                Files.write(output, bytes.toByteArray());
                err.println("notegraph: " + g.nodes().size() + " nodes, " + g.edges().size() + " edges"
                        + (g.truncated() ? " (cut at --max-nodes " + maxNodes + ")" : "") + " → " + output);
            } else {
                spec.commandLine().getOut().flush();
                OutputStream o = new BufferedOutputStream(System.out);
                o.write(bytes.toByteArray());
                o.flush();
            }
            return ExitCodes.OK;
        }
    }
}
