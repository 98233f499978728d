package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Leaf transitions (done, skip, block, unblock) and pointer moves (goto), with the pointer rules of SPEC §5. */
public final class Transitions {
    private Transitions() {
    }

    public static Change done(Workflow w, String id, String now) {
        Node n = Lookup.leaf(w, id, "finish");
        refuseIfBlocked(w, n, "done");
        if (n.status() == NodeStatus.DONE) {
            throw WfException.rule("'" + id + "' is already done", "nothing to do; see what is next with wf next");
        }
        return finish(w, n, NodeStatus.DONE, null, now);
    }

    public static Change skip(Workflow w, String id, String why, String now) {
        Node n = Lookup.leaf(w, id, "skip");
        refuseIfBlocked(w, n, "skipped");
        if (n.status().finished()) {
            throw WfException.rule("'" + id + "' is already " + n.status().yaml(), "nothing to skip");
        }
        return finish(w, n, NodeStatus.SKIPPED, why, now);
    }

    public static Change block(Workflow w, String id, String why, String now) {
        Node n = Lookup.leaf(w, id, "block");
        if (n.status().finished() || n.status() == NodeStatus.BLOCKED) {
            throw WfException.rule("'" + id + "' is " + n.status().yaml() + " and cannot be blocked", null);
        }
        return set(w, n, NodeStatus.BLOCKED, why, now, why);
    }

    public static Change unblock(Workflow w, String id, String now) {
        Node n = Lookup.leaf(w, id, "unblock");
        if (n.status() != NodeStatus.BLOCKED) {
            throw WfException.rule("'" + id + "' is " + n.status().yaml() + ", not blocked", null);
        }
        Fork f = Lookup.forkBlocking(w, id);
        if (f != null) {
            throw WfException.rule("'" + id + "' is blocked by the open fork '" + f.id() + "'",
                    "finish it and wf resume, or wf abandon " + f.id() + " --why ...");
        }
        NodeStatus to = id.equals(w.currentNode()) ? NodeStatus.IN_PROGRESS : NodeStatus.PLANNED;
        return Restructure.pointIfIdle(set(w, n, to, null, now, "unblocked"), now);
    }

    /** Moves the pointer to a leaf (marking it in-progress) or to an open fork, with the reason logged. */
    public static Change jump(Workflow w, String id, String why, String now) {
        if (why == null || why.isBlank()) {
            throw WfException.invalid("moving the pointer needs a reason", "add --why \"deferring X to do Y\"");
        }
        Optional<Fork> fork = w.fork(id);
        if (fork.isPresent()) {
            Lookup.openFork(w, id);
            return new Change(w.withPointer(id, now), List.of(moved(w.currentNode(), id, why)));
        }
        Node n = Lookup.leaf(w, id, "go to one of");
        refuseIfBlocked(w, n, "worked on");
        Change c = n.status() == NodeStatus.IN_PROGRESS ? new Change(w, List.of())
                : set(w, n, NodeStatus.IN_PROGRESS, null, now, why);
        if (id.equals(w.currentNode())) {
            return c;
        }
        return c.then(c.after().withPointer(id, now), List.of(moved(w.currentNode(), id, why)));
    }

    private static Change finish(Workflow w, Node n, NodeStatus to, String why, String now) {
        Change c = set(w, n, to, why, now, why);
        if (!n.id().equals(w.currentNode())) {
            return c;
        }
        Optional<String> next = Pointer.afterFinishing(c.after(), n.id());
        if (next.isEmpty()) {
            return c;
        }
        return arrive(c, w.currentNode(), next.get(), to.yaml() + " " + n.id(), now);
    }

    /** Moves the pointer of {@code c}'s tree to {@code target}; a planned leaf it lands on becomes in-progress. */
    static Change arrive(Change c, String from, String target, String reason, String now) {
        Workflow w = c.after();
        List<Event> events = new ArrayList<>();
        events.add(moved(from, target, reason));
        Optional<Node> leaf = w.node(target);
        if (leaf.isPresent() && leaf.get().status() == NodeStatus.PLANNED) {
            Change started = set(w, leaf.get(), NodeStatus.IN_PROGRESS, null, now, "the pointer arrived");
            w = started.after();
            events.addAll(started.events());
        }
        return c.then(w.withPointer(target, now), events);
    }

    /** Sets a leaf's status, with what goes with it, and the node.status event. */
    static Change set(Workflow w, Node n, NodeStatus to, String blockedBy, String now, String reason) {
        String completed = to == NodeStatus.DONE || to == NodeStatus.SKIPPED ? now : null;
        Node changed = n.withTransition(to, completed, to == NodeStatus.BLOCKED ? blockedBy : null, now);
        Workflow after = w.withPhases(Nodes.replace(w.phases(), n.id(), x -> changed));
        return new Change(after, List.of(Event.of(EventType.NODE_STATUS, n.id(), n.status().yaml(), to.yaml(),
                reason)));
    }

    static Event moved(String from, String to, String why) {
        return Event.of(EventType.POINTER_MOVED, to, from, to, why);
    }

    private static void refuseIfBlocked(Workflow w, Node n, String verb) {
        if (n.status() != NodeStatus.BLOCKED) {
            return;
        }
        Fork f = Lookup.forkBlocking(w, n.id());
        if (f != null) {
            throw WfException.rule("'" + n.id() + "' is blocked by the open fork '" + f.id() + "'",
                    "finish the fork and wf resume, or wf abandon " + f.id() + " --why ...");
        }
        throw WfException.rule("'" + n.id() + "' is blocked (" + n.blockedBy() + ") and cannot be " + verb,
                "wf unblock " + n.id() + " first");
    }
}
