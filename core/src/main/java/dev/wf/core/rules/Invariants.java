package dev.wf.core.rules;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The invariants of SPEC §3 that one workflow.yaml can be checked for on its own; pure. */
public final class Invariants {
    private Invariants() {
    }

    /**
     * The trees checked last, with their answers: a process that lives asks again about the very same tree. Weakly
     * held: this memo keeps no tree alive.
     */
    private static final Checked[] LAST = new Checked[4];

    private record Checked(WeakReference<Workflow> tree, List<Violation> violations) {
    }

    /** The broken rules of one tree, in the order of SPEC §3; an unmodifiable list. */
    public static List<Violation> check(Workflow w) {
        synchronized (LAST) {
            for (Checked c : LAST) {
                if (c != null && c.tree.get() == w) { // a tree never changes, so the same one has the same answer
                    return c.violations;
                }
            }
        }
        List<Violation> out = new ArrayList<>();
        ids(w, out);
        pointer(w, out);
        forks(w, out);
        rollup(w, out);
        List<Violation> answer = List.copyOf(out);
        synchronized (LAST) {
            System.arraycopy(LAST, 0, LAST, 1, LAST.length - 1);
            LAST[0] = new Checked(new WeakReference<>(w), answer);
        }
        return answer;
    }

    private static void ids(Workflow w, List<Violation> out) {
        Set<String> seen = new HashSet<>();
        check(w.goal().id(), () -> "goal.id", seen, out);
        nodeIds(w.phases(), new ArrayList<>(), seen, out);
        for (int i = 0; i < w.forks().size(); i++) {
            Fork f = w.forks().get(i);
            int index = i;
            check(f.id(), () -> "forks[" + index + "].id", seen, out);
        }
    }

    /** Walks the tree keeping only the index path; the location text is built only for a violation. */
    private static void nodeIds(List<Node> nodes, List<Integer> path, Set<String> seen, List<Violation> out) {
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            path.add(i);
            check(n.id(), () -> location(path) + ".id", seen, out); // the supplier runs at once, if at all
            nodeIds(n.tasks(), path, seen, out);
            path.remove(path.size() - 1);
        }
    }

    private static String location(List<Integer> path) {
        StringBuilder loc = new StringBuilder("phases");
        for (int k = 0; k < path.size(); k++) {
            loc.append(k == 0 ? "" : ".tasks").append('[').append(path.get(k)).append(']');
        }
        return loc.toString();
    }

    /** Checks one id; {@code loc} builds its location only when there is something to report. */
    private static void check(String id, Supplier<String> loc, Set<String> seen, List<Violation> out) {
        String problem = !Ids.valid(id) ? "'" + id + "' is not a valid id (lowercase letters, digits, '-'; at most "
                + Ids.MAX + ")" : !seen.add(id) ? "id '" + id + "' is used more than once" : null;
        if (problem != null) {
            String where = loc.get();
            out.add(new Violation("ids", problem, where, where.equals("goal.id") ? "/goal/id" : "@" + id + "/id",
                    false));
        }
    }

    private static void pointer(Workflow w, List<Violation> out) {
        String cur = w.currentNode();
        boolean hasLeaves = !w.phases().isEmpty();
        if (cur == null) {
            if (hasLeaves && Pointer.nextLeaf(w, null).isPresent()) {
                out.add(new Violation("pointer", "empty, but there is work to point at",
                        "current_node", "/current_node", true));
            }
            return;
        }
        Optional<Node> node = w.node(cur);
        Optional<Fork> fork = w.fork(cur);
        if (node.isPresent() && !node.get().isLeaf()) {
            out.add(new Violation("pointer", "'" + cur + "' has tasks; the pointer must name one leaf",
                    "current_node", "/current_node", true));
        } else if (fork.isPresent() && !fork.get().isOpen()) {
            out.add(new Violation("pointer", "fork '" + cur + "' is "
                    + fork.get().status().yaml() + "; the pointer must name an open one", "current_node", "/current_node",
                    true));
        } else if (node.isEmpty() && fork.isEmpty()) {
            out.add(new Violation("pointer", "'" + cur + "' names no node or fork", "current_node",
                    "/current_node", false));
        }
    }

    private static void forks(Workflow w, List<Violation> out) {
        Set<String> folders = new HashSet<>();
        for (int i = 0; i < w.forks().size(); i++) {
            Fork f = w.forks().get(i);
            String loc = "forks[" + i + "]";
            String layout = "@" + f.id();
            for (String[] ref : new String[][] {{"spawned_from", f.spawnedFrom()}, {"return_to", f.returnTo()}}) {
                if (ref[1] == null || w.node(ref[1]).isEmpty()) {
                    out.add(new Violation("forks", "fork '" + f.id() + "' " + ref[0] + " '" + ref[1]
                            + "' names no node", loc + "." + ref[0], layout + "/" + ref[0], false));
                }
            }
            if (f.subWorkflow() == null || !Paths.below(f.subWorkflow())) {
                out.add(new Violation("forks", "fork '" + f.id() + "' sub_workflow '" + f.subWorkflow()
                        + "' must be a folder below this workflow-state folder", loc + ".sub_workflow",
                        layout + "/sub_workflow", false));
            } else if (!folders.add(java.nio.file.Path.of(f.subWorkflow()).normalize().toString())) {
                out.add(new Violation("forks", "fork '" + f.id() + "' shares its sub_workflow folder with another fork",
                        loc + ".sub_workflow", layout + "/sub_workflow", false));
            }
            if (f.isOpen() && f.spawnedFrom() != null) {
                Optional<Node> from = w.node(f.spawnedFrom());
                if (from.isPresent() && from.get().isLeaf() && from.get().status() != NodeStatus.BLOCKED) {
                    out.add(new Violation("forks", "node '" + f.spawnedFrom() + "' must be blocked while fork '"
                            + f.id() + "' is open", Nodes.location(w.phases(), f.spawnedFrom()).orElse("") + ".status",
                            "@" + f.spawnedFrom() + "/status", false));
                }
            }
        }
    }

    private static void rollup(Workflow w, List<Violation> out) {
        for (String id : Rollup.mismatches(w)) {
            Node n = w.node(id).orElseThrow();
            NodeStatus derived = Rollup.of(n.tasks().stream().map(Node::status).toList());
            out.add(new Violation("rollup", "'" + id + "' is " + n.status().yaml() + " but its tasks make it "
                    + derived.yaml() + " (a parent's status comes only from its tasks)",
                    Nodes.location(w.phases(), id).orElse("") + ".status", "@" + id + "/status", true));
        }
        if (Rollup.goal(w) != w.goal().status()) {
            out.add(new Violation("rollup", "goal is " + w.goal().status().yaml() + " but the tree makes it "
                    + Rollup.goal(w).yaml(), "goal.status", "/goal/status", true));
        }
    }

}
