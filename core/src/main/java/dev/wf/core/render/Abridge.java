package dev.wf.core.render;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Fits the picture of a project's workflows into a node budget, for a view that must stay short (the CONTEXT.md
 * block). Each step runs only while the picture is still too big: fold finished steps and closed forks; then fold
 * every step off the current path; then keep only the nodes nearest the current step. Goals, steps and forks each
 * count as one node, and a folded node's label says how many it hides.
 */
public final class Abridge {
    /** What to draw, how many nodes that is of how many there are, and how it was cut (null when it was not). */
    public record Fit(Export.Graph graph, int drawn, int total, String how) {
        public boolean abridged() {
            return how != null;
        }
    }

    private Abridge() {
    }

    /** The whole graph when it has at most {@code budget} nodes, else an abridged one with at most that many. */
    public static Fit fit(Export.Graph g, int budget) {
        int total = new GraphTree(g).size();
        if (total <= budget) {
            return new Fit(g, total, total, null);
        }
        Export.Graph folded = new GraphTree(g).prune(Abridge::unfinished, i -> true);
        int size = new GraphTree(folded).size();
        if (size <= budget) {
            return new Fit(folded, size, total, "finished steps and closed forks folded");
        }
        GraphTree narrowed = new GraphTree(folded);
        Export.Graph path = narrowed.prune(i -> i.kind() != GraphTree.Kind.NODE || narrowed.onPath(i), i -> true);
        size = new GraphTree(path).size();
        if (size <= budget) {
            return new Fit(path, size, total, "steps off the current path folded");
        }
        GraphTree near = new GraphTree(path);
        Set<String> chosen = nearest(near, budget);
        Export.Graph cut = near.prune(i -> true, i -> chosen.contains(i.graphId()));
        return new Fit(cut, new GraphTree(cut).size(), total, "only the nodes nearest the current step drawn");
    }

    private static boolean unfinished(GraphTree.Item i) {
        return switch (i.kind()) {
            case GOAL -> true;
            case NODE -> !i.node().status().finished();
            case FORK -> i.fork().isOpen();
        };
    }

    /**
     * The graph ids of at most {@code budget} items, each with its parent: the current path first, however deep,
     * then the rest by depth, in document order.
     */
    private static Set<String> nearest(GraphTree t, int budget) {
        record Ranked(GraphTree.Item item, boolean onPath, int depth, int order) {
        }
        PriorityQueue<Ranked> queue = new PriorityQueue<>(Comparator.comparing((Ranked r) -> !r.onPath())
                .thenComparingInt(Ranked::depth).thenComparingInt(Ranked::order));
        int order = 0;
        for (GraphTree.Item root : t.roots()) {
            queue.add(new Ranked(root, t.onPath(root), 0, order++));
        }
        Set<String> chosen = new HashSet<>();
        while (!queue.isEmpty() && chosen.size() < budget) {
            Ranked r = queue.poll();
            chosen.add(r.item().graphId());
            List<GraphTree.Item> children = t.children(r.item());
            for (GraphTree.Item c : children) {
                queue.add(new Ranked(c, t.onPath(c), r.depth() + 1, order++));
            }
        }
        return chosen;
    }
}
