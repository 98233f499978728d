package dev.wf.core.rules;

import dev.wf.core.model.Fork;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Status roll-up (SPEC §4): a node with children takes its status from them, and the goal from the tree. */
public final class Rollup {
    private Rollup() {
    }

    /** The workflow with every parent's status and completion time and the goal's status derived. */
    public static Workflow apply(Workflow w) {
        List<Node> phases = w.phases().stream().map(Rollup::node).toList();
        Workflow rolled = w.withPhases(phases);
        return rolled.withGoal(w.goal().withStatus(goal(rolled)));
    }

    static Node node(Node n) {
        if (n.isLeaf()) {
            return n;
        }
        List<Node> tasks = n.tasks().stream().map(Rollup::node).toList();
        NodeStatus status = of(tasks.stream().map(Node::status).toList());
        String completed = status == NodeStatus.DONE ? latest(tasks) : null;
        Node out = n.withTasks(tasks);
        if (out.status() != status || !Objects.equals(out.completedAt(), completed)) {
            out = out.withStatus(status).withCompletedAt(completed);
        }
        return out;
    }

    /** The status of a parent with these children's statuses; the first matching rule wins. */
    public static NodeStatus of(List<NodeStatus> children) {
        if (children.stream().allMatch(s -> s == NodeStatus.SKIPPED)) {
            return NodeStatus.SKIPPED;
        }
        if (children.stream().allMatch(NodeStatus::finished)) {
            return NodeStatus.DONE;
        }
        if (children.contains(NodeStatus.IN_PROGRESS)) {
            return NodeStatus.IN_PROGRESS;
        }
        if (children.contains(NodeStatus.BLOCKED)) {
            return NodeStatus.BLOCKED;
        }
        if (children.contains(NodeStatus.DONE)) {
            return NodeStatus.IN_PROGRESS;
        }
        return NodeStatus.PLANNED;
    }

    private static String latest(List<Node> tasks) {
        String latest = null;
        for (Node t : tasks) {
            if (t.completedAt() != null && (latest == null || t.completedAt().compareTo(latest) > 0)) {
                latest = t.completedAt();
            }
        }
        return latest;
    }

    /** The goal's status: completed, planning, blocked (by something outside the tree) or executing. */
    public static GoalStatus goal(Workflow w) {
        boolean openFork = w.forks().stream().anyMatch(Fork::isOpen);
        if (!w.phases().isEmpty() && w.phases().stream().allMatch(p -> p.status().finished()) && !openFork) {
            return GoalStatus.COMPLETED;
        }
        List<Node> all = dev.wf.core.model.Nodes.all(w.phases());
        if (!openFork && all.stream().allMatch(n -> n.status() == NodeStatus.PLANNED)) {
            return GoalStatus.PLANNING;
        }
        Optional<Node> current = w.currentNode() == null ? Optional.empty() : w.node(w.currentNode());
        boolean blockedOutside = current.isPresent() && current.get().status() == NodeStatus.BLOCKED
                && w.forks().stream().noneMatch(f -> f.isOpen() && f.spawnedFrom().equals(current.get().id()));
        return blockedOutside ? GoalStatus.BLOCKED : GoalStatus.EXECUTING;
    }

    /** The ids of parents whose status in {@code w} differs from what roll-up gives. */
    public static List<String> mismatches(Workflow w) {
        List<String> out = new ArrayList<>();
        collect(w.phases(), out);
        return out;
    }

    private static void collect(List<Node> nodes, List<String> out) {
        for (Node n : nodes) {
            if (!n.isLeaf()) {
                if (of(n.tasks().stream().map(Node::status).toList()) != n.status()) {
                    out.add(n.id());
                }
                collect(n.tasks(), out);
            }
        }
    }
}
