package org.notegraph.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a publish has to do to make a target equal to the store, from the store's graphs and what
 * the target's manifest says it holds: send each graph whose hash differs (or that is new, or was
 * pending when a publish stopped), delete each graph the target may hold that the store no longer
 * has. With {@code full}, every graph is sent whatever the manifest says.
 */
public record PublishPlan(List<GraphText> sends, List<String> deletes, int unchanged) {
    public PublishPlan {
        sends = List.copyOf(sends);
        deletes = List.copyOf(deletes);
    }

    public static PublishPlan of(Map<String, GraphText> store, Map<String, String> target, boolean full) {
        List<GraphText> sends = new ArrayList<>();
        int unchanged = 0;
        for (GraphText g : store.values()) {
            if (!full && g.hash().equals(target.get(g.graph()))) unchanged++;
            else sends.add(g);
        }
        List<String> deletes = new ArrayList<>();
        for (String g : new TreeSet<>(target.keySet())) if (!store.containsKey(g)) deletes.add(g);
        return new PublishPlan(sends, deletes, unchanged);
    }

    public int steps() { return sends.size() + deletes.size(); }
}
