package dev.wf.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A phase or a task: the same shape at every depth. A node with tasks takes its status from them (SPEC §4).
 *
 * <p>{@code blockedBy}, {@code updatedAt} and {@code script} are wf's additions to the seed's anatomy: why a leaf is
 * blocked, when wf last changed it (for stuck detection), and the script that does the node's work (whose leading
 * comment restates the contract).
 */
public record Node(
        String id,
        String title,
        NodeStatus status,
        String completedAt,
        String blockedBy,
        String updatedAt,
        List<Input> inputs,
        String process,
        String script,
        List<Output> outputs,
        String notes,
        List<Node> tasks,
        Extras extras) {

    public Node {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(status, "status");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        tasks = List.copyOf(tasks);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A new planned leaf with nothing but an id and a title. */
    public static Node leaf(String id, String title) {
        return new Node(id, title, NodeStatus.PLANNED, null, null, null, List.of(), null, null, List.of(), null,
                List.of(), Extras.NONE);
    }

    public boolean isLeaf() {
        return tasks.isEmpty();
    }

    public Node withStatus(NodeStatus newStatus) {
        return new Node(id, title, newStatus, completedAt, blockedBy, updatedAt, inputs, process, script, outputs, notes,
                tasks, extras);
    }

    /** The status together with what goes with it: the completion time, the block reason, the touch time. */
    public Node withTransition(NodeStatus newStatus, String completed, String blocked, String touched) {
        return new Node(id, title, newStatus, completed, blocked, touched, inputs, process, script, outputs, notes, tasks,
                extras);
    }

    public Node withCompletedAt(String when) {
        return new Node(id, title, status, when, blockedBy, updatedAt, inputs, process, script, outputs, notes, tasks,
                extras);
    }

    public Node withTasks(List<Node> newTasks) {
        return new Node(id, title, status, completedAt, blockedBy, updatedAt, inputs, process, script, outputs, notes,
                newTasks, extras);
    }

    public Node withId(String newId) {
        return new Node(newId, title, status, completedAt, blockedBy, updatedAt, inputs, process, script, outputs, notes,
                tasks, extras);
    }

    public Node withContent(String newTitle, String newProcess, String newScript, String newNotes,
            List<Input> newInputs, List<Output> newOutputs) {
        return new Node(id, newTitle, status, completedAt, blockedBy, updatedAt, newInputs, newProcess, newScript,
                newOutputs, newNotes, tasks, extras);
    }
}
