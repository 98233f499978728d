package dev.wf.core.testing;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Fork;
import dev.wf.core.model.ForkStatus;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Rollup;
import java.util.List;

/** Small trees for tests, written the way they read. */
public final class Trees {
    private Trees() {
    }

    public static Node leaf(String id, NodeStatus status) {
        return Node.leaf(id, "Title of " + id).withStatus(status);
    }

    public static Node leaf(String id) {
        return leaf(id, NodeStatus.PLANNED);
    }

    public static Node titled(String id, String title, NodeStatus status) {
        return Node.leaf(id, title).withStatus(status);
    }

    public static Node parent(String id, Node... children) {
        return Node.leaf(id, "Title of " + id).withTasks(List.of(children));
    }

    /** A rolled-up workflow with these phases and the pointer at {@code current}. */
    public static Workflow workflow(String current, Node... phases) {
        Workflow w = new Workflow(new Goal("goal", "The goal", GoalStatus.PLANNING, "Because.", null, Extras.NONE),
                List.of(phases), List.of(), current, "2026-01-01T00:00:00Z", null, Extras.NONE);
        return Rollup.apply(w);
    }

    /** A sub-workflow as wf fork scaffolds it: its goal's id is the fork's id. */
    public static Workflow sub(String forkId, String title, String current, Node... phases) {
        Workflow w = workflow(current, phases);
        return Rollup.apply(w.withGoal(new Goal(forkId, title, GoalStatus.PLANNING, "Unblocks the parent.", null,
                Extras.NONE)));
    }

    public static Fork mergedFork(String id, String from) {
        return openFork(id, from).closed(ForkStatus.MERGED, "2026-01-02T00:00:00Z");
    }

    public static Fork openFork(String id, String from) {
        return new Fork(id, "2026-01-01T00:00:00Z", from, "need " + id, "forks/" + id, ForkStatus.OPEN, from, null,
                null, Extras.NONE);
    }
}
