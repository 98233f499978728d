package dev.wf.core.render;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A graph seen as one tree of items, for {@link Abridge}: a workflow's goal holds its phases and its forks, a step its
 * tasks, a fork the goal of its sub-workflow.
 */
final class GraphTree {
    enum Kind { GOAL, NODE, FORK }

    /** One thing a picture draws; {@code node} is set for a step, {@code fork} for a fork. */
    record Item(Kind kind, String handle, Workflow workflow, Node node, Fork fork) {
        String id() {
            return kind == Kind.GOAL ? workflow.goal().id() : kind == Kind.NODE ? node.id() : fork.id();
        }

        String graphId() {
            return kind == Kind.FORK ? GraphIds.fork(handle, id()) : GraphIds.node(handle, id());
        }
    }

    private final Export.Graph graph;
    private final Map<String, Workflow> byHandle = new LinkedHashMap<>();
    private final Set<String> chain = new HashSet<>();
    private final Map<String, Set<String>> paths = new HashMap<>();

    GraphTree(Export.Graph graph) {
        this.graph = graph;
        graph.workflows().forEach(e -> byHandle.putIfAbsent(e.getKey(), e.getValue()));
        String h = "";
        while (byHandle.containsKey(h) && chain.add(h)) {
            Workflow w = byHandle.get(h);
            Optional<Fork> next = w.fork(w.currentNode() == null ? "" : w.currentNode()).filter(Fork::isOpen);
            if (next.isEmpty()) {
                break;
            }
            h = GraphIds.sub(h, next.get().id());
        }
    }

    /** The goals of the workflows no fork of the graph leads to: normally the root alone. */
    List<Item> roots() {
        Set<String> reached = new HashSet<>();
        byHandle.forEach((h, w) -> w.forks().forEach(f -> reached.add(GraphIds.sub(h, f.id()))));
        List<Item> out = new ArrayList<>();
        byHandle.forEach((h, w) -> {
            if (!reached.contains(h)) {
                out.add(goal(h));
            }
        });
        return out;
    }

    List<Item> children(Item i) {
        List<Item> out = new ArrayList<>();
        switch (i.kind()) {
            case GOAL -> {
                i.workflow().phases().forEach(n -> out.add(new Item(Kind.NODE, i.handle(), i.workflow(), n, null)));
                i.workflow().forks().forEach(f -> out.add(new Item(Kind.FORK, i.handle(), i.workflow(), null, f)));
            }
            case NODE -> i.node().tasks().forEach(n -> out.add(new Item(Kind.NODE, i.handle(), i.workflow(), n,
                    null)));
            case FORK -> {
                String sub = GraphIds.sub(i.handle(), i.fork().id());
                if (byHandle.containsKey(sub)) {
                    out.add(goal(sub));
                }
            }
        }
        return out;
    }

    private Item goal(String handle) {
        return new Item(Kind.GOAL, handle, byHandle.get(handle), null, null);
    }

    /** How many items the picture draws. */
    int size() {
        int n = 0;
        List<Item> todo = new ArrayList<>(roots());
        while (!todo.isEmpty()) {
            n++;
            todo.addAll(children(todo.remove(todo.size() - 1)));
        }
        return n;
    }

    /**
     * Whether the item is on the way to where work happens: a goal or fork the root's pointer leads through, or a
     * step above the pointer of such a workflow (above the step a fork came from, when the pointer is at the fork).
     */
    boolean onPath(Item i) {
        if (!chain.contains(i.handle())) {
            return false;
        }
        Workflow w = i.workflow();
        String pointer = w.currentNode() == null ? "" : w.currentNode();
        return switch (i.kind()) {
            case GOAL -> true;
            case FORK -> i.fork().id().equals(pointer);
            case NODE -> paths.computeIfAbsent(i.handle(), h -> {
                String from = w.fork(pointer).map(Fork::spawnedFrom).orElse(pointer);
                Set<String> ids = new HashSet<>();
                Nodes.ancestry(w.phases(), from == null ? "" : from).forEach(n -> ids.add(n.id()));
                return ids;
            }).contains(i.id());
        };
    }

    /** How many nodes an item stands for: itself, what it already hides, and everything below it. */
    private int weight(Item i) {
        int n = 1 + graph.hidden(i.graphId());
        for (Item c : children(i)) {
            n += weight(c);
        }
        return n;
    }

    /**
     * The graph with only the items {@code keep} accepts whose parent was kept and {@code open}: what is left out is
     * counted into the nearest kept item, and fork edges from or to a left-out step go to its nearest kept ancestor.
     */
    Export.Graph prune(Predicate<Item> open, Predicate<Item> keep) {
        Map<String, Workflow> kept = new LinkedHashMap<>();
        Map<String, Integer> hidden = new HashMap<>();
        for (Item root : roots()) {
            if (keep.test(root)) {
                workflow(root, open, keep, kept, hidden);
            }
        }
        List<Map.Entry<String, Workflow>> out = new ArrayList<>();
        byHandle.keySet().stream().filter(kept::containsKey).forEach(h -> out.add(Map.entry(h, kept.get(h))));
        return new Export.Graph(out, hidden);
    }

    private void workflow(Item goal, Predicate<Item> open, Predicate<Item> keep, Map<String, Workflow> kept,
            Map<String, Integer> hidden) {
        Workflow w = goal.workflow();
        Set<String> shown = new HashSet<>(Set.of(w.goal().id()));
        int lost = graph.hidden(goal.graphId());
        List<Node> phases = new ArrayList<>();
        List<Item> forks = new ArrayList<>();
        for (Item c : children(goal)) {
            if (!open.test(goal) || !keep.test(c)) {
                lost += weight(c);
            } else if (c.kind() == Kind.NODE) {
                phases.add(node(c, open, keep, shown, hidden));
            } else {
                forks.add(c);
            }
        }
        List<Fork> drawn = new ArrayList<>();
        for (Item f : forks) {
            drawn.add(f.fork().withNodeIds(nearest(w, f.fork().spawnedFrom(), shown),
                    nearest(w, f.fork().returnTo(), shown)));
            int below = graph.hidden(f.graphId());
            for (Item sub : children(f)) {
                if (open.test(f) && keep.test(sub)) {
                    workflow(sub, open, keep, kept, hidden);
                } else {
                    below += weight(sub);
                }
            }
            put(hidden, f, below);
        }
        put(hidden, goal, lost);
        kept.put(goal.handle(), w.withPhases(phases).withForks(drawn));
    }

    private Node node(Item i, Predicate<Item> open, Predicate<Item> keep, Set<String> shown,
            Map<String, Integer> hidden) {
        shown.add(i.id());
        int lost = graph.hidden(i.graphId());
        List<Node> tasks = new ArrayList<>();
        for (Item c : children(i)) {
            if (open.test(i) && keep.test(c)) {
                tasks.add(node(c, open, keep, shown, hidden));
            } else {
                lost += weight(c);
            }
        }
        put(hidden, i, lost);
        return i.node().withTasks(tasks);
    }

    private static void put(Map<String, Integer> hidden, Item i, int count) {
        if (count > 0) {
            hidden.put(i.graphId(), count);
        }
    }

    /** The step itself when it is drawn, else its nearest drawn ancestor, else the goal; unknown ids stay. */
    private static String nearest(Workflow w, String id, Set<String> shown) {
        List<Node> above = Nodes.ancestry(w.phases(), id == null ? "" : id);
        for (int k = above.size() - 1; k >= 0; k--) {
            if (shown.contains(above.get(k).id())) {
                return above.get(k).id();
            }
        }
        return above.isEmpty() ? id : w.goal().id();
    }
}
