package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Ids;
import dev.wf.core.rules.Pointer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adding, moving, renaming and removing nodes: the plan is a best guess and is expected to change. */
public final class Restructure {
    private Restructure() {
    }

    /** Adds a phase (parent = the goal's id) or a task under a node, after a sibling or at the end. */
    public static Change add(Workflow w, String parent, String title, String id, String after, String now) {
        Text.title(title);
        String newId = id == null ? Ids.derive(title, ids(w)) : Ids.require(id);
        if (ids(w).contains(newId)) {
            throw WfException.invalid("id '" + newId + "' is already used in this workflow", "pick another with --id");
        }
        Node node = Node.leaf(newId, title.strip());
        Event added = Event.of(EventType.NODE_ADDED, newId, null, parent, null);
        return place(w, node, parent, after, added, true, now);
    }

    public static Change move(Workflow w, String id, String parent, String after, String now) {
        Node n = Lookup.node(w, id);
        if (parent.equals(id) || Nodes.find(n.tasks(), parent).isPresent()) {
            throw WfException.rule("cannot move '" + id + "' into itself", "pick a parent outside it");
        }
        java.util.Optional<Node> holder = Nodes.parent(w.phases(), id);
        String oldParent = holder.map(Node::id).orElse(w.goal().id());
        if (oldParent.equals(parent) && holder.map(h -> h.tasks().size() == 1).orElse(w.phases().size() == 1)) {
            throw WfException.invalid("'" + id + "' is already the only node there", "nothing to move");
        }
        Change without = detach(w, id, "its last task moved away", now);
        Event moved = Event.of(EventType.NODE_MOVED, id, oldParent, parent, null);
        Change placed = place(without.after(), n, parent, after, moved, false, now);
        return pointIfIdle(without.then(placed.after(), placed.events()), now);
    }

    /**
     * The tree without a node. A parent left without tasks becomes a leaf again with nothing done: planned, and
     * logged, rather than keeping a status that only its tasks had earned.
     */
    private static Change detach(Workflow w, String id, String why, String now) {
        java.util.Optional<Node> parent = Nodes.parent(w.phases(), id);
        Workflow without = w.withPhases(Nodes.remove(w.phases(), id));
        if (parent.isEmpty() || parent.get().tasks().size() > 1 || parent.get().status() == NodeStatus.PLANNED) {
            return new Change(without, List.of());
        }
        Node emptied = without.node(parent.get().id()).orElseThrow();
        return Transitions.set(without, emptied, NodeStatus.PLANNED, null, now, why);
    }

    /**
     * Puts a node under a parent. Adding under a leaf decomposes it: the new task takes over the leaf's state
     * (planned, in progress or blocked), so roll-up gives the parent what it had; a finished leaf takes no new
     * tasks. Nothing is moved under a leaf: it would stand in for the leaf's own work.
     */
    private static Change place(Workflow w, Node node, String parent, String after, Event event, boolean fresh,
            String now) {
        if (parent.equals(w.goal().id())) {
            checkAfter(w.phases(), after);
            return pointIfIdle(new Change(w.withPhases(Nodes.insert(w.phases(), node, after)), List.of(event)), now);
        }
        Node p = Lookup.node(w, parent);
        checkAfter(p.tasks(), after);
        if (!fresh && p.isLeaf()) {
            throw WfException.rule("'" + parent + "' is one step; a node moved under it would take the place of its own"
                    + " work", "decompose it first: wf add " + parent + " TITLE, then move into it");
        }
        Node child = p.isLeaf() ? decompose(w, p, node, now) : node;
        Workflow changed = w.withPhases(Nodes.replace(w.phases(), parent,
                x -> x.withTasks(Nodes.insert(x.tasks(), child, after))));
        Change c = new Change(changed, List.of(event));
        if (!parent.equals(w.currentNode())) {
            return pointIfIdle(c, now);
        }
        List<Node> leaves = Nodes.leaves(List.of(child));
        String target = leaves.stream().filter(Pointer::actionable).findFirst().orElse(leaves.get(0)).id();
        return c.then(changed.withPointer(target, now),
                List.of(Transitions.moved(parent, target, "'" + parent + "' was decomposed")));
    }

    private static Node decompose(Workflow w, Node leaf, Node child, String now) {
        for (Fork f : w.forks()) {
            if (leaf.id().equals(f.spawnedFrom()) || leaf.id().equals(f.returnTo())) {
                throw WfException.rule("'" + leaf.id() + "' is where fork '" + f.id() + "' came from or returns to,"
                        + " so it stays one step (forks keep their history)", "add the task elsewhere");
            }
        }
        if (leaf.status().finished()) {
            throw WfException.rule("'" + leaf.id() + "' is " + leaf.status().yaml() + "; a finished step takes no"
                    + " new tasks", "add it beside '" + leaf.id() + "', or reopen it with wf goto " + leaf.id()
                    + " --why ...");
        }
        return child.withTransition(leaf.status(), null, leaf.blockedBy(), now);
    }

    /** With no pointer yet, the first actionable leaf gets it. */
    static Change pointIfIdle(Change c, String now) {
        if (c.after().currentNode() != null) {
            return c;
        }
        return Pointer.nextLeaf(c.after(), null).map(n -> Transitions.arrive(c, null, n.id(), "first step", now))
                .orElse(c);
    }

    private static void checkAfter(List<Node> siblings, String after) {
        if (after != null && siblings.stream().noneMatch(s -> s.id().equals(after))) {
            throw WfException.invalid("'" + after + "' is not a sibling there", "--after takes the id of a node"
                    + " under the same parent");
        }
    }

    public static Change rename(Workflow w, String id, String newId) {
        Lookup.node(w, id);
        Ids.require(newId);
        if (ids(w).contains(newId)) {
            throw WfException.invalid("id '" + newId + "' is already used in this workflow", "pick another");
        }
        List<Fork> forks = w.forks().stream().map(f -> f.withNodeIds(swap(f.spawnedFrom(), id, newId),
                swap(f.returnTo(), id, newId))).toList();
        Workflow after = w.withPhases(Nodes.replace(w.phases(), id, n -> n.withId(newId))).withForks(forks)
                .withPointer(swap(w.currentNode(), id, newId), w.currentSince());
        return new Change(after, List.of(Event.of(EventType.NODE_UPDATED, newId, id, newId, "renamed")
                .withData(Map.of("renamed_from", id))));
    }

    public static Change remove(Workflow w, String id, String why, String now) {
        Node n = Lookup.node(w, id);
        Set<String> gone = new HashSet<>();
        Nodes.all(List.of(n)).forEach(x -> gone.add(x.id()));
        for (Fork f : w.forks()) {
            if (gone.contains(f.spawnedFrom()) || gone.contains(f.returnTo())) {
                throw WfException.rule("fork '" + f.id() + "' refers to '" + (gone.contains(f.spawnedFrom())
                        ? f.spawnedFrom() : f.returnTo()) + "'", "a node a fork refers to cannot be removed");
            }
        }
        Change detached = detach(w, id, "its last task was removed", now);
        Workflow after = detached.after();
        Change c = new Change(after, List.of(Event.of(EventType.NODE_REMOVED, id, null, null, why)
                .withData(Map.of("subtree", NodeData.of(n))))).then(after, detached.events());
        if (w.currentNode() != null && gone.contains(w.currentNode())) {
            String next = Pointer.nextLeaf(after, null).map(Node::id).orElse(null);
            return next == null ? c.then(after.withPointer(null, now), List.of(Transitions.moved(w.currentNode(),
                    null, "removed"))) : Transitions.arrive(c, w.currentNode(), next, "'" + id + "' was removed", now);
        }
        return pointIfIdle(c, now);
    }

    private static String swap(String value, String from, String to) {
        return from.equals(value) ? to : value;
    }

    /** Every id in the workflow: goal, nodes and forks. */
    public static Set<String> ids(Workflow w) {
        Set<String> out = new HashSet<>();
        out.add(w.goal().id());
        Nodes.all(w.phases()).forEach(n -> out.add(n.id()));
        w.forks().forEach(f -> out.add(f.id()));
        return out;
    }

}
