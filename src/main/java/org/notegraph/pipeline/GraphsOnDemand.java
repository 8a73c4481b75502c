package org.notegraph.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;

/**
 * The graphs a build writes, each made only when the store reads it and dropped once written, so
 * that a build of thousands of notes never holds all their graphs at once. Names keep their
 * insertion order and every read of a value makes the graph again: a store that writes the map
 * reads each value once, in order, which lets the last graph (the build graph with the store's
 * quad count) be made from what was counted while the ones before it were made.
 */
final class GraphsOnDemand extends AbstractMap<String, Graph> {
    private final Map<String, Supplier<Graph>> makers = new LinkedHashMap<>();

    void put(String name, Supplier<Graph> maker) { makers.put(name, maker); }

    @Override
    public boolean containsKey(Object name) { return makers.containsKey(name); }

    @Override
    public Graph get(Object name) {
        Supplier<Graph> maker = makers.get(name);
        return maker == null ? null : maker.get();
    }

    @Override
    public int size() { return makers.size(); }

    @Override
    public Set<String> keySet() { return Collections.unmodifiableSet(makers.keySet()); }

    @Override
    public Set<Entry<String, Graph>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return makers.size(); }

            @Override
            public Iterator<Entry<String, Graph>> iterator() {
                Iterator<Map.Entry<String, Supplier<Graph>>> it = makers.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() { return it.hasNext(); }

                    @Override
                    public Entry<String, Graph> next() {
                        Map.Entry<String, Supplier<Graph>> e = it.next();
                        return new SimpleImmutableEntry<>(e.getKey(), e.getValue().get());
                    }
                };
            }
        };
    }
}
