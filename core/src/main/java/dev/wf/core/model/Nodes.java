package dev.wf.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Pure functions over a list of nodes and their descendants, in document (depth-first) order. */
public final class Nodes {
    private Nodes() {
    }

    public static Optional<Node> find(List<Node> nodes, String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return Optional.of(n);
            }
            Optional<Node> inside = find(n.tasks(), id);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** Every node, parents before their children. */
    public static List<Node> all(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        collect(nodes, out, false);
        return out;
    }

    /** How many nodes there are, descendants included; the same as {@code all(nodes).size()}. */
    public static int count(List<Node> nodes) {
        int count = nodes.size();
        for (Node n : nodes) {
            count += count(n.tasks());
        }
        return count;
    }

    public static List<Node> leaves(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        collect(nodes, out, true);
        return out;
    }

    private static void collect(List<Node> nodes, List<Node> out, boolean leavesOnly) {
        for (Node n : nodes) {
            if (!leavesOnly || n.isLeaf()) {
                out.add(n);
            }
            collect(n.tasks(), out, leavesOnly);
        }
    }

    /** The chain from a top-level node down to the node with this id, both included; empty if absent. */
    public static List<Node> ancestry(List<Node> nodes, String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return List.of(n);
            }
            List<Node> below = ancestry(n.tasks(), id);
            if (!below.isEmpty()) {
                List<Node> chain = new ArrayList<>();
                chain.add(n);
                chain.addAll(below);
                return chain;
            }
        }
        return List.of();
    }

    /** The YAML location of a node, such as {@code phases[2].tasks[0]}. */
    public static Optional<String> location(List<Node> phases, String id) {
        return location(phases, id, "phases");
    }

    private static Optional<String> location(List<Node> nodes, String id, String prefix) {
        for (int i = 0; i < nodes.size(); i++) {
            String here = prefix + "[" + i + "]";
            if (nodes.get(i).id().equals(id)) {
                return Optional.of(here);
            }
            Optional<String> inside = location(nodes.get(i).tasks(), id, here + ".tasks");
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** The same list with the node of this id replaced by {@code change} applied to it. */
    public static List<Node> replace(List<Node> nodes, String id, UnaryOperator<Node> change) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                out.add(change.apply(n));
            } else if (n.isLeaf()) {
                out.add(n);
            } else {
                out.add(n.withTasks(replace(n.tasks(), id, change)));
            }
        }
        return out;
    }

    public static List<Node> remove(List<Node> nodes, String id) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            if (!n.id().equals(id)) {
                out.add(n.isLeaf() ? n : n.withTasks(remove(n.tasks(), id)));
            }
        }
        return out;
    }

    /** Inserts {@code node} into {@code siblings} right after the sibling {@code after}, or at the end if null. */
    public static List<Node> insert(List<Node> siblings, Node node, String after) {
        List<Node> out = new ArrayList<>(siblings);
        if (after == null) {
            out.add(node);
            return out;
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(after)) {
                out.add(i + 1, node);
                return out;
            }
        }
        throw new IllegalArgumentException("no sibling " + after);
    }

    /** The nearest node that holds {@code id} among its tasks; empty for a top-level node or an unknown id. */
    public static Optional<Node> parent(List<Node> nodes, String id) {
        List<Node> chain = ancestry(nodes, id);
        return chain.size() < 2 ? Optional.empty() : Optional.of(chain.get(chain.size() - 2));
    }
}
