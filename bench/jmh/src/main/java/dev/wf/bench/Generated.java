package dev.wf.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow.yaml that {@code bench/gen_workflow.py N DIR} writes, character for character (without its INPUTS
 * option): 10 phases, tasks, most tasks with sub-tasks; the first 30% of leaves done, the next one in progress and
 * current, parents rolled up. A port rather than a call, so that a benchmark needs no python.
 */
public record Generated(String yaml, int nodes, int leaves, String current) {
    static final String STAMP = "2026-01-01T00:00:00Z";
    private static final double DONE_SHARE = 0.30;

    /** A node of the generated tree; tasks is null for a leaf. */
    private static final class Node {
        final String id;
        final String title;
        final List<Node> tasks;
        String status = "planned";
        String completedAt;

        Node(String id, String title, List<Node> tasks) {
            this.id = id;
            this.title = title;
            this.tasks = tasks;
        }
    }

    /** The tree and text for exactly {@code n} nodes (phases, tasks and sub-tasks; not the goal). */
    public static Generated of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        List<Node> phases = build(n);
        List<Node> order = new ArrayList<>();
        leaves(phases, order);
        int done = Math.min((int) (order.size() * DONE_SHARE), order.size() - 1);
        for (int i = 0; i < order.size(); i++) {
            Node leaf = order.get(i);
            if (i < done) {
                leaf.status = "done";
                leaf.completedAt = STAMP;
            } else if (i == done) {
                leaf.status = "in-progress";
            }
        }
        phases.forEach(Generated::rollup);
        boolean active = order.stream().anyMatch(l -> l.status.equals("done") || l.status.equals("in-progress"));
        String current = order.get(done).id;
        return new Generated(text(phases, n, active, current), count(phases), order.size(), current);
    }

    /** Python's divmod split: near-equal parts, the larger ones first. */
    private static int[] split(int total, int parts) {
        int[] out = new int[parts];
        for (int i = 0; i < parts; i++) {
            out[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return out;
    }

    /** Python's round(): halves go to the even neighbour. */
    private static int round(double x) {
        return (int) Math.rint(x);
    }

    private static List<Node> build(int n) {
        int phaseCount = Math.min(10, n);
        int[] budgets = split(n - phaseCount, phaseCount);
        int perTask = Math.max(2, round(Math.sqrt(Math.max(budgets[0], 1))));
        List<Node> phases = new ArrayList<>();
        for (int pi = 1; pi <= phaseCount; pi++) {
            int budget = budgets[pi - 1];
            String pid = "p" + pi;
            phases.add(budget == 0 ? new Node(pid, "Phase " + pi, null)
                    : new Node(pid, "Phase " + pi, tasks(pid, pi, budget, perTask)));
        }
        return phases;
    }

    private static List<Node> tasks(String pid, int pi, int budget, int perTask) {
        int taskCount = Math.max(1, Math.min(budget, round((double) budget / (1 + perTask))));
        List<Integer> parents = new ArrayList<>();
        for (int ti = 1; ti <= taskCount; ti++) {
            if (ti % 4 != 0) {
                parents.add(ti);
            }
        }
        int subTotal = budget - taskCount;
        if (parents.isEmpty() && subTotal > 0) {
            for (int ti = 1; ti <= taskCount; ti++) {
                parents.add(ti); // every task becomes a parent: the leaf tasks are cleared
            }
        }
        Map<Integer, Integer> subs = new HashMap<>();
        int[] shares = parents.isEmpty() ? new int[0] : split(subTotal, parents.size());
        for (int k = 0; k < shares.length; k++) {
            subs.put(parents.get(k), shares[k]);
        }
        List<Node> tasks = new ArrayList<>();
        for (int ti = 1; ti <= taskCount; ti++) {
            String tid = pid + "-t" + ti;
            String title = "Task " + ti + " of phase " + pi;
            int count = subs.getOrDefault(ti, 0);
            List<Node> sub = null;
            if (count > 0) {
                sub = new ArrayList<>();
                for (int si = 1; si <= count; si++) {
                    sub.add(new Node(tid + "-s" + si, "Sub-task " + si + " of task " + ti + " of phase " + pi, null));
                }
            }
            tasks.add(new Node(tid, title, sub));
        }
        return tasks;
    }

    private static void leaves(List<Node> nodes, List<Node> out) {
        for (Node node : nodes) {
            if (node.tasks == null) {
                out.add(node);
            } else {
                leaves(node.tasks, out);
            }
        }
    }

    private static int count(List<Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + (n.tasks == null ? 0 : count(n.tasks))).sum();
    }

    /** wf's roll-up rule, as the generator applies it (first match wins). */
    private static String rollupStatus(List<String> children) {
        if (children.stream().allMatch("skipped"::equals)) {
            return "skipped";
        }
        if (children.stream().allMatch(s -> s.equals("done") || s.equals("skipped"))) {
            return "done";
        }
        if (children.contains("in-progress")) {
            return "in-progress";
        }
        if (children.contains("blocked")) {
            return "blocked";
        }
        return children.contains("done") ? "in-progress" : "planned";
    }

    private static void rollup(Node node) {
        if (node.tasks == null) {
            return;
        }
        node.tasks.forEach(Generated::rollup);
        node.status = rollupStatus(node.tasks.stream().map(c -> c.status).toList());
        String latest = node.tasks.stream().map(c -> c.completedAt).filter(s -> s != null && !s.isEmpty())
                .max(String::compareTo).orElse(null);
        node.completedAt = node.status.equals("done") ? latest : null;
    }

    private static String text(List<Node> phases, int n, boolean active, String current) {
        StringBuilder out = new StringBuilder();
        out.append("goal:\n  id: bench-goal\n  title: Benchmark goal with ").append(n).append(" nodes\n")
                .append("  status: ").append(active ? "executing" : "planning").append('\n')
                .append("  why: Measure wf on large trees.\nphases:\n");
        phases.forEach(p -> write(out, p, 2));
        out.append("forks: []\ncurrent_node: ").append(current).append("\nlast_updated: ").append(STAMP).append('\n');
        return out.toString();
    }

    private static void write(StringBuilder out, Node node, int indent) {
        String pad = " ".repeat(indent);
        out.append(pad).append("- id: ").append(node.id).append('\n');
        out.append(pad).append("  title: ").append(node.title).append('\n');
        out.append(pad).append("  status: ").append(node.status).append('\n');
        if (node.completedAt != null) {
            out.append(pad).append("  completed_at: ").append(node.completedAt).append('\n');
        }
        out.append(pad).append("  updated_at: ").append(STAMP).append('\n');
        out.append(pad).append("  notes: Step ").append(node.id).append(" reads the inputs its contract names, makes the"
                + " change, runs the checks and writes down what changed.\n");
        if (node.tasks != null) {
            out.append(pad).append("  tasks:\n");
            node.tasks.forEach(child -> write(out, child, indent + 4));
        }
    }
}
