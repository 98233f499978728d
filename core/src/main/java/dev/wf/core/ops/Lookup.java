package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;

/** Finding the node an argument names, with the errors a user should see when it names none. */
final class Lookup {
    private Lookup() {
    }

    static Node node(Workflow w, String id) {
        if (id.equals(w.goal().id())) {
            throw WfException.invalid("'" + id + "' is the goal, not a phase or task",
                    "name a phase or task; the goal changes only with wf edit " + id);
        }
        return w.node(id).orElseThrow(() -> WfException.invalid("no node '" + id + "' in workflow '"
                + w.goal().id() + "'", "see the ids with wf where"));
    }

    static Node leaf(Workflow w, String id, String verb) {
        Node n = node(w, id);
        if (!n.isLeaf()) {
            throw WfException.rule("'" + id + "' has tasks, so its status comes only from them",
                    verb + " its tasks instead");
        }
        return n;
    }

    static Fork fork(Workflow w, String id) {
        return w.fork(id).orElseThrow(() -> WfException.invalid("no fork '" + id + "' in workflow '"
                + w.goal().id() + "'", "see the forks with wf where or wf list"));
    }

    static Fork openFork(Workflow w, String id) {
        Fork f = fork(w, id);
        if (!f.isOpen()) {
            throw WfException.rule("fork '" + id + "' is already " + f.status().yaml(), "nothing to do");
        }
        return f;
    }

    /** The open fork that was spawned from this node, if any. */
    static Fork forkBlocking(Workflow w, String nodeId) {
        return w.forks().stream().filter(f -> f.isOpen() && nodeId.equals(f.spawnedFrom())).findFirst()
                .orElse(null);
    }
}
