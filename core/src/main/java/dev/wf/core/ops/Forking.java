package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Extras;
import dev.wf.core.model.Fork;
import dev.wf.core.model.ForkStatus;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Ids;
import dev.wf.core.rules.Rollup;
import java.util.ArrayList;
import java.util.List;

/** Opening a fork into a sub-workflow, merging it back, and abandoning it (seed phases 4 and 5). */
public final class Forking {
    /** The folder, relative to the parent's state folder, that holds a fork's sub-workflow. */
    public static String folderOf(String forkId) {
        return "forks/" + forkId;
    }

    private Forking() {
    }

    /** A fork opened: the parent's change, and the new sub-workflow with its first events. */
    public record Opened(Change parent, Workflow sub, List<Event> subEvents) {
    }

    public static Opened open(Workflow w, String reason, String id, String from, String returnTo, String now) {
        if (reason == null || reason.isBlank()) {
            throw WfException.invalid("a fork needs a reason", "wf fork \"need rate limiter\"");
        }
        Text.title(reason);
        String origin = from != null ? from : w.currentNode();
        if (origin == null || w.fork(origin).isPresent()) {
            throw WfException.rule("there is no current step to fork from", "name one with --from ID");
        }
        Node source = Lookup.leaf(w, origin, "fork from one of");
        if (source.status().finished() || source.status() == NodeStatus.BLOCKED) {
            throw WfException.rule("'" + origin + "' is " + source.status().yaml() + "; only work that is planned or"
                    + " in progress can fork", null);
        }
        String back = returnTo != null ? returnTo : origin;
        Node backNode = Lookup.leaf(w, back, "return to one of");
        if (!back.equals(origin) && (backNode.status() == NodeStatus.BLOCKED || backNode.status().finished())) {
            throw WfException.rule("'" + back + "' is " + backNode.status().yaml() + "; a fork returns only to work"
                    + " that can go on", "pick another --return-to");
        }
        String forkId = id != null ? Ids.require(id) : Ids.derive(reason, Restructure.ids(w));
        if (Restructure.ids(w).contains(forkId)) {
            throw WfException.invalid("id '" + forkId + "' is already used in this workflow", "pick another with --id");
        }
        Fork fork = new Fork(forkId, now, origin, reason.strip(), folderOf(forkId), ForkStatus.OPEN, back, null,
                null, Extras.NONE);
        Change blocked = Transitions.set(w, source, NodeStatus.BLOCKED, "fork " + forkId, now, "fork " + forkId);
        List<Fork> forks = new ArrayList<>(w.forks());
        forks.add(fork);
        Workflow after = blocked.after().withForks(forks).withPointer(forkId, now);
        List<Event> events = new ArrayList<>();
        events.add(Event.of(EventType.FORK_OPENED, origin, null, back, reason.strip()).withFork(forkId));
        events.addAll(blocked.events());
        events.add(Transitions.moved(w.currentNode(), forkId, "forked: " + reason.strip()));
        Goal goal = new Goal(forkId, reason.strip(), GoalStatus.PLANNING, "Unblocks '" + origin + "' ("
                + source.title() + ") in workflow '" + w.goal().id() + "'.", null, Extras.NONE);
        Workflow sub = new Workflow(goal, List.of(), List.of(), null, now, now, Extras.NONE);
        List<Event> subEvents = List.of(Event.of(EventType.WORKFLOW_STARTED, null, null, null,
                "fork of " + w.goal().id() + " from " + origin).withFork(forkId));
        return new Opened(new Change(after, events), sub, subEvents);
    }

    /** Merges a completed fork: its return node is in progress again and the pointer goes there. */
    public static Change merge(Workflow w, String forkId, Workflow sub, String now) {
        Fork f = Lookup.openFork(w, forkId);
        if (Rollup.goal(sub) != GoalStatus.COMPLETED) {
            throw WfException.rule("sub-workflow '" + forkId + "' is not complete", "see what is left with wf where");
        }
        return close(w, f, ForkStatus.MERGED, "merged " + forkId, now);
    }

    public static Change abandon(Workflow w, String forkId, String why, String now) {
        if (why == null || why.isBlank()) {
            throw WfException.invalid("abandoning a fork needs a reason", "add --why \"...\"");
        }
        return close(w, Lookup.openFork(w, forkId), ForkStatus.ABANDONED, why, now);
    }

    private static Change close(Workflow w, Fork f, ForkStatus status, String reason, String now) {
        List<Fork> forks = w.forks().stream().map(x -> x.id().equals(f.id()) ? x.closed(status, now) : x).toList();
        EventType type = status == ForkStatus.MERGED ? EventType.FORK_MERGED : EventType.FORK_ABANDONED;
        Change c = new Change(w.withForks(forks), List.of(Event.of(type, f.returnTo(), "open", status.yaml(), reason)
                .withFork(f.id())));
        Node from = Lookup.node(c.after(), f.spawnedFrom());
        if (!from.id().equals(f.returnTo()) && from.status() == NodeStatus.BLOCKED) {
            c = c.then(Transitions.set(c.after(), from, NodeStatus.PLANNED, null, now, reason).after(),
                    List.of(Event.of(EventType.NODE_STATUS, from.id(), "blocked", "planned", reason)));
        }
        Node back = Lookup.node(c.after(), f.returnTo());
        if (back.status() != NodeStatus.IN_PROGRESS) {
            Change resumed = Transitions.set(c.after(), back, NodeStatus.IN_PROGRESS, null, now, reason);
            c = c.then(resumed.after(), resumed.events());
        }
        if (f.id().equals(w.currentNode())) {
            c = c.then(c.after().withPointer(back.id(), now), List.of(Transitions.moved(f.id(), back.id(), reason)));
        }
        return c;
    }
}
