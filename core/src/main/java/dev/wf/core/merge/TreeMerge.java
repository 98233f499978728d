package dev.wf.core.merge;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Ids;
import dev.wf.core.rules.Pointer;
import dev.wf.core.rules.Rollup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A three-way merge of workflow.yaml at node level. Each side's additions, removals, moves and field changes are
 * applied; when both sides changed the same field of the same node, the {@link Tiebreak} picks the later change and
 * the other value is reported. Nothing is lost: a node removed on one side and changed on the other is kept; a node
 * both sides added under the same id with different content is kept twice, one renamed. Roll-up and the pointer are
 * derived again afterwards. The result does not depend on which side is "ours".
 */
public final class TreeMerge {
    private static final String GOAL = "";

    private TreeMerge() {
    }

    /** The merged tree and what the merge had to decide. */
    public record Result(Workflow merged, List<String> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A node without its tasks, where it sits, and the side it came from. */
    private record Flat(Node node, String parent, int index) {
    }

    /** Merges {@code ours} and {@code theirs}, both changed from {@code base} (null: both added the file). */
    public static Result merge(Workflow base, Workflow ours, Workflow theirs, Tiebreak tie) {
        return new Run(base, ours, theirs, tie).merge();
    }

    private static final class Run {
        final Workflow base;
        final Workflow ours;
        final Workflow theirs;
        final Tiebreak tie;
        final Map<String, Flat> b;
        final Map<String, Flat> o;
        final Map<String, Flat> t;
        /** Each side's children of each parent, in that side's order. */
        final Map<String, List<String>> bKids;
        final Map<String, List<String>> oKids;
        final Map<String, List<String>> tKids;
        final List<String> conflicts = new ArrayList<>();
        /** Renames of a side's nodes that clashed with the other side's: side (true = ours) and id to new id. */
        final Map<String, String> renamedOurs = new HashMap<>();
        final Map<String, String> renamedTheirs = new HashMap<>();

        Run(Workflow base, Workflow ours, Workflow theirs, Tiebreak tie) {
            this.base = base;
            this.ours = ours;
            this.theirs = theirs;
            this.tie = tie;
            this.b = flatten(base);
            this.o = flatten(ours);
            this.t = flatten(theirs);
            this.bKids = children(b);
            this.oKids = children(o);
            this.tKids = children(t);
        }

        Result merge() {
            Map<String, Flat> merged = new LinkedHashMap<>();
            Set<String> ids = new TreeSet<>();
            ids.addAll(b.keySet());
            ids.addAll(o.keySet());
            ids.addAll(t.keySet());
            Set<String> taken = new HashSet<>(ids);
            taken.add(ours.goal().id());
            taken.add(theirs.goal().id());
            ours.forks().forEach(f -> taken.add(f.id()));
            theirs.forks().forEach(f -> taken.add(f.id()));
            for (String id : ids) {
                Flat fb = b.get(id);
                Flat fo = o.get(id);
                Flat ft = t.get(id);
                if (fb == null && fo != null && ft != null && !same(fo, ft)) {
                    boolean renameOurs = canonical(fo).compareTo(canonical(ft)) > 0;
                    String newId = Ids.derive(id, taken);
                    taken.add(newId);
                    (renameOurs ? renamedOurs : renamedTheirs).put(id, newId);
                    Flat moved = renameOurs ? fo : ft;
                    merged.put(id, renameOurs ? ft : fo);
                    merged.put(newId, new Flat(moved.node().withId(newId), moved.parent(), moved.index()));
                    conflicts.add("both sides added '" + id + "' with different content; one is kept as '" + newId
                            + "'");
                } else if (fo == null && ft == null) {
                    continue; // removed on both sides
                } else if (fb != null && (fo == null || ft == null)) {
                    Flat kept = fo == null ? ft : fo;
                    if (!same(kept, fb)) {
                        merged.put(id, kept);
                        conflicts.add("'" + id + "' was removed on one side and changed on the other; it is kept");
                    }
                } else if (fo == null || ft == null) {
                    merged.put(id, fo == null ? ft : fo); // added on one side
                } else {
                    merged.put(id, field3(id, fb, fo, ft));
                }
            }
            reparentRenamed(merged, renamedOurs, o, t);
            reparentRenamed(merged, renamedTheirs, t, o);
            fixParents(merged);
            Workflow w = assemble(merged);
            return new Result(w, conflicts);
        }

        /** New nodes of a side that hang under a node of that side which was renamed go with it. */
        void reparentRenamed(Map<String, Flat> merged, Map<String, String> renamed, Map<String, Flat> side,
                Map<String, Flat> other) {
            merged.replaceAll((id, f) -> {
                String to = renamed.get(f.parent());
                return to != null && side.containsKey(id) && !other.containsKey(id) && !b.containsKey(id)
                        ? new Flat(f.node(), to, f.index()) : f;
            });
        }

        /** The node with each field (and its place) merged three ways. */
        Flat field3(String id, Flat fb, Flat fo, Flat ft) {
            Node nb = fb == null ? null : fb.node();
            Node no = fo.node();
            Node nt = ft.node();
            String title = pick(id, "title", nb == null ? null : nb.title(), no.title(), nt.title());
            Transition tr = pick(id, "status", nb == null ? null : Transition.of(nb), Transition.of(no),
                    Transition.of(nt));
            var inputs = pick(id, "inputs", nb == null ? null : nb.inputs(), no.inputs(), nt.inputs());
            String process = pick(id, "process", nb == null ? null : nb.process(), no.process(), nt.process());
            String script = pick(id, "script", nb == null ? null : nb.script(), no.script(), nt.script());
            var outputs = pick(id, "outputs", nb == null ? null : nb.outputs(), no.outputs(), nt.outputs());
            String notes = pick(id, "notes", nb == null ? null : nb.notes(), no.notes(), nt.notes());
            Extras extras = pick(id, "extras", nb == null ? null : nb.extras(), no.extras(), nt.extras());
            String parent = pick(id, "parent", fb == null ? null : fb.parent(), fo.parent(), ft.parent());
            Node n = new Node(id, title, tr.status(), tr.completedAt(), tr.blockedBy(), tr.updatedAt(), inputs,
                    process, script, outputs, notes, List.of(), extras);
            return new Flat(n, parent, fo.index());
        }

        /** The three-way value: one side's change, or both sides' same change, or the tie-breaker's choice. */
        <T> T pick(String id, String field, T vb, T vo, T vt) {
            if (Objects.equals(vo, vt)) {
                return vo;
            }
            if (Objects.equals(vo, vb)) {
                return vt;
            }
            if (Objects.equals(vt, vb)) {
                return vo;
            }
            boolean oursWins = tie.oursWins(id, field, vo, vt);
            T kept = oursWins ? vo : vt;
            T other = oursWins ? vt : vo;
            conflicts.add("'" + (id.isEmpty() ? "goal" : id) + "' " + field + ": both sides changed it; kept "
                    + show(kept) + " (the later change), the other was " + show(other));
            return kept;
        }

        /** Every surviving node's parent survives too (undeleted if need be), and no move makes a cycle. */
        void fixParents(Map<String, Flat> merged) {
            Deque<String> todo = new ArrayDeque<>(merged.keySet()); // a parent brought back is checked in turn
            while (!todo.isEmpty()) {
                Flat f = merged.get(todo.poll());
                String p = f.parent();
                if (!p.equals(GOAL) && !merged.containsKey(p)) {
                    Flat back = o.getOrDefault(p, t.getOrDefault(p, b.get(p)));
                    if (back == null) {
                        merged.put(f.node().id(), new Flat(f.node(), GOAL, f.index()));
                    } else {
                        merged.put(p, back);
                        todo.add(p);
                        conflicts.add("'" + p + "' was removed on one side but the other added or kept '"
                                + f.node().id() + "' under it; it is kept");
                    }
                }
            }
            // Only nodes that do not reach the goal are moved below, so a node found to reach it keeps doing so.
            Set<String> rooted = new HashSet<>();
            for (String id : new ArrayList<>(merged.keySet())) {
                Set<String> seen = new HashSet<>();
                String p = id;
                while (!p.equals(GOAL) && !rooted.contains(p) && seen.add(p)) {
                    p = merged.get(p).parent();
                }
                if (p.equals(GOAL) || rooted.contains(p)) {
                    rooted.addAll(seen);
                } else { // a cycle: both sides moved nodes under each other
                    Flat f = merged.get(id);
                    Flat fb = b.get(id);
                    String back = fb != null && merged.containsKey(fb.parent()) ? fb.parent() : GOAL;
                    merged.put(id, new Flat(f.node(), back, f.index()));
                    conflicts.add("moves on both sides put '" + id + "' inside itself; it goes back under "
                            + (back.equals(GOAL) ? "the goal" : "'" + back + "'"));
                }
            }
        }

        Workflow assemble(Map<String, Flat> merged) {
            Map<String, List<String>> children = new HashMap<>();
            for (Map.Entry<String, Flat> e : merged.entrySet()) {
                children.computeIfAbsent(e.getValue().parent(), k -> new ArrayList<>()).add(e.getKey());
            }
            List<Node> phases = build(GOAL, merged, children);
            Goal goal = goal();
            List<Fork> forks = forks(merged.keySet());
            Workflow w = new Workflow(goal, phases, forks, null, null, max(ours.lastUpdated(), theirs.lastUpdated()),
                    pick(GOAL, "top-level keys", base == null ? null : base.extras(), ours.extras(), theirs.extras()));
            w = handOverToNewTasks(w);
            w = blockForkOrigins(w);
            return Rollup.apply(pointer(Rollup.apply(w))); // the goal's status also depends on the pointer
        }

        List<Node> build(String parent, Map<String, Flat> merged, Map<String, List<String>> children) {
            List<String> members = children.getOrDefault(parent, List.of());
            List<Node> out = new ArrayList<>();
            for (String id : order(parent, new LinkedHashSet<>(members))) {
                out.add(merged.get(id).node().withTasks(build(id, merged, children)));
            }
            return out;
        }

        /** The children of a parent in order: the side that reordered them wins; the other side's new ones follow their predecessors. */
        List<String> order(String parent, Set<String> members) {
            List<String> ob = childrenOf(bKids, parent, Map.of());
            List<String> oo = childrenOf(oKids, parent, renamedOurs);
            List<String> ot = childrenOf(tKids, parent, renamedTheirs);
            boolean oursMoved = !common(oo, ob).equals(common(ob, oo));
            boolean theirsMoved = !common(ot, ob).equals(common(ob, ot));
            boolean oursFirst = oursMoved != theirsMoved ? oursMoved
                    : tie.oursWins(parent, "order", oo, ot);
            List<String> first = oursFirst ? oo : ot;
            List<String> second = oursFirst ? ot : oo;
            List<String> kept = first.stream().filter(members::contains).toList();
            Set<String> placed = new HashSet<>(kept);
            // The second side's new ones right after the nearest of its earlier ones already placed, or in front.
            List<String> front = new ArrayList<>();
            Map<String, List<String>> after = new HashMap<>();
            List<String> run = front;
            for (String id : second) {
                if (placed.contains(id)) {
                    run = new ArrayList<>();
                    after.put(id, run);
                } else if (members.contains(id)) {
                    run.add(id);
                    placed.add(id);
                }
            }
            List<String> result = new ArrayList<>(front);
            for (String id : kept) {
                result.add(id);
                result.addAll(after.getOrDefault(id, List.of()));
            }
            members.stream().filter(m -> !placed.contains(m)).sorted().forEach(result::add);
            return result;
        }

        Goal goal() {
            Goal gb = base == null ? null : base.goal();
            Goal go = ours.goal();
            Goal gt = theirs.goal();
            String id = pick(GOAL, "goal id", gb == null ? null : gb.id(), go.id(), gt.id());
            String title = pick(GOAL, "goal title", gb == null ? null : gb.title(), go.title(), gt.title());
            String why = pick(GOAL, "goal why", gb == null ? null : gb.why(), go.why(), gt.why());
            String output = pick(GOAL, "goal output", gb == null ? null : gb.output(), go.output(), gt.output());
            Extras extras = pick(GOAL, "goal keys", gb == null ? null : gb.extras(), go.extras(), gt.extras());
            return new Goal(id, title, GoalStatus.PLANNING, why, output, extras);
        }

        /** Forks by id, each field merged three ways; forks sorted by when they were opened. */
        List<Fork> forks(Set<String> nodeIds) {
            Map<String, Fork> fb = byId(base == null ? List.of() : base.forks());
            Map<String, Fork> fo = byId(ours.forks());
            Map<String, Fork> ft = byId(theirs.forks());
            Set<String> ids = new TreeSet<>();
            ids.addAll(fo.keySet());
            ids.addAll(ft.keySet());
            List<Fork> out = new ArrayList<>();
            for (String id : ids) {
                Fork x = fo.get(id);
                Fork y = ft.get(id);
                if (x == null || y == null) {
                    out.add(x == null ? y : x);
                    continue;
                }
                Fork z = fb.get(id);
                out.add(new Fork(id, pick(id, "spawned_at", z == null ? null : z.spawnedAt(), x.spawnedAt(),
                        y.spawnedAt()), pick(id, "spawned_from", z == null ? null : z.spawnedFrom(), x.spawnedFrom(),
                        y.spawnedFrom()), pick(id, "reason", z == null ? null : z.reason(), x.reason(), y.reason()),
                        pick(id, "sub_workflow", z == null ? null : z.subWorkflow(), x.subWorkflow(),
                                y.subWorkflow()),
                        pick(id, "fork status", z == null ? null : z.status(), x.status(), y.status()),
                        pick(id, "return_to", z == null ? null : z.returnTo(), x.returnTo(), y.returnTo()),
                        pick(id, "closed_at", z == null ? null : z.closedAt(), x.closedAt(), y.closedAt()),
                        pick(id, "graduated_to", z == null ? null : z.graduatedTo(), x.graduatedTo(),
                                y.graduatedTo()),
                        pick(id, "fork keys", z == null ? null : z.extras(), x.extras(), y.extras())));
            }
            out.sort(Comparator.comparing((Fork f) -> String.valueOf(f.spawnedAt())).thenComparing(Fork::id));
            return out;
        }

        /**
         * A node that one side worked on as a leaf (done it, started it, blocked it) while the other side gave it
         * tasks: as when wf adds a task under a leaf, its first new task takes over that state, so roll-up keeps
         * it; an open fork from that node now comes from that task.
         */
        Workflow handOverToNewTasks(Workflow w) {
            Map<String, Node> heirs = new HashMap<>();
            List<Fork> forks = w.forks();
            for (Node n : Nodes.all(w.phases())) {
                Flat fb = b.get(n.id());
                boolean workedAsLeaf = workedAsLeaf(o, oKids, n) || workedAsLeaf(t, tKids, n);
                if (n.isLeaf() || !workedAsLeaf || n.status() == NodeStatus.PLANNED
                        || (fb != null && fb.node().status() == n.status())) {
                    continue;
                }
                NodeStatus was = fb == null ? NodeStatus.PLANNED : fb.node().status(); // a new task took this over
                var first = n.tasks().stream().filter(t -> !b.containsKey(t.id()) && t.isLeaf()
                        && (t.status() == NodeStatus.PLANNED || t.status() == was)).findFirst();
                if (first.isEmpty()) {
                    continue;
                }
                Node heir = first.get().withTransition(n.status(), n.completedAt(), n.blockedBy(), n.updatedAt());
                heirs.put(heir.id(), heir);
                forks = forks.stream().map(f -> f.isOpen() && n.id().equals(f.spawnedFrom())
                        ? f.withNodeIds(heir.id(), n.id().equals(f.returnTo()) ? heir.id() : f.returnTo()) : f)
                        .toList();
                conflicts.add("'" + n.id() + "' was " + n.status().yaml() + " on one side and got tasks on the other;"
                        + " its new task '" + heir.id() + "' takes that state over");
            }
            return heirs.isEmpty() ? w : w.withPhases(replace(w.phases(), heirs)).withForks(forks);
        }

        /** Whether a side had this node as a leaf with the merged status, changed from the base. */
        boolean workedAsLeaf(Map<String, Flat> side, Map<String, List<String>> kids, Node n) {
            Flat f = side.get(n.id());
            Flat fb = b.get(n.id());
            return f != null && f.node().status() == n.status() && (fb == null || fb.node().status() != n.status())
                    && !kids.containsKey(n.id());
        }

        /** While a fork is open, the leaf it was spawned from stays blocked (SPEC §3.3). */
        Workflow blockForkOrigins(Workflow w) {
            Map<String, Node> nodes = nodesById(w);
            Map<String, Node> blocked = new HashMap<>();
            for (Fork f : w.forks()) {
                if (f.isOpen() && f.spawnedFrom() != null) {
                    Node n = blocked.getOrDefault(f.spawnedFrom(), nodes.get(f.spawnedFrom()));
                    if (n != null && n.isLeaf() && n.status() != NodeStatus.BLOCKED) {
                        blocked.put(n.id(), n.withTransition(NodeStatus.BLOCKED, null, "fork " + f.id(),
                                n.updatedAt()));
                        conflicts.add("'" + f.spawnedFrom() + "' is blocked again: fork '" + f.id()
                                + "' opened from it is still open");
                    }
                }
            }
            return blocked.isEmpty() ? w : w.withPhases(replace(w.phases(), blocked));
        }

        /** The later of the two pointers when it still names work to do, else the first actionable step. */
        Workflow pointer(Workflow w) {
            String po = ours.currentNode();
            String pt = theirs.currentNode();
            int later = String.valueOf(ours.currentSince()).compareTo(String.valueOf(theirs.currentSince()));
            String chosen = Objects.equals(po, pt) ? po : later != 0 ? (later > 0 ? po : pt)
                    : String.valueOf(po).compareTo(String.valueOf(pt)) > 0 ? po : pt;
            String since = Objects.equals(po, pt) ? max(ours.currentSince(), theirs.currentSince())
                    : Objects.equals(chosen, po) ? ours.currentSince() : theirs.currentSince();
            if (chosen != null && w.node(chosen).map(n -> !n.isLeaf()).orElse(false)) { // it got tasks
                String inside = Nodes.leaves(w.node(chosen).get().tasks()).stream().filter(Pointer::actionable)
                        .map(Node::id).findFirst().orElse(null);
                chosen = inside == null ? chosen : inside;
            }
            if (valid(w, chosen)) {
                return w.withPointer(chosen, since);
            }
            String other = Objects.equals(chosen, po) ? pt : po;
            if (valid(w, other)) {
                return w.withPointer(other, Objects.equals(other, po) ? ours.currentSince() : theirs.currentSince());
            }
            String next = Pointer.nextLeaf(w, null).map(Node::id)
                    .or(() -> w.forks().stream().filter(Fork::isOpen).map(Fork::id).findFirst())
                    .orElse(chosen != null && w.node(chosen).map(Node::isLeaf).orElse(false) ? chosen : null);
            if (next == null) {
                next = Nodes.leaves(w.phases()).stream().map(Node::id).reduce((a, c) -> c).orElse(null);
            }
            return w.withPointer(next, max(ours.currentSince(), theirs.currentSince()));
        }

        static boolean valid(Workflow w, String id) {
            if (id == null) {
                return false;
            }
            return w.node(id).map(n -> n.isLeaf() && Pointer.actionable(n)).orElse(false)
                    || w.fork(id).map(Fork::isOpen).orElse(false);
        }
    }

    /** A node's status with what goes with it, merged as one field so that they stay consistent. */
    private record Transition(NodeStatus status, String completedAt, String blockedBy, String updatedAt) {
        static Transition of(Node n) {
            return new Transition(n.status(), n.completedAt(), n.blockedBy(), n.updatedAt());
        }

        /** The status first (the tie-breaker reads it), then the times: a full, comparable spelling. */
        @Override
        public String toString() {
            return status.yaml() + "@" + updatedAt + "/" + completedAt + "/" + blockedBy;
        }
    }

    private static Map<String, Flat> flatten(Workflow w) {
        Map<String, Flat> out = new LinkedHashMap<>();
        if (w != null) {
            flatten(w.phases(), GOAL, out);
        }
        return out;
    }

    private static void flatten(List<Node> nodes, String parent, Map<String, Flat> out) {
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            out.putIfAbsent(n.id(), new Flat(n.withTasks(List.of()), parent, i));
            flatten(n.tasks(), n.id(), out);
        }
    }

    /** Each parent's children on one side, in their order there. */
    private static Map<String, List<String>> children(Map<String, Flat> side) {
        Map<String, List<String>> out = new HashMap<>();
        side.forEach((id, f) -> out.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(id));
        out.values().forEach(ids -> ids.sort(Comparator.comparingInt(id -> side.get(id).index())));
        return out;
    }

    private static List<String> childrenOf(Map<String, List<String>> kids, String parent, Map<String, String> renamed) {
        return kids.getOrDefault(parent, List.of()).stream().map(id -> renamed.getOrDefault(id, id)).toList();
    }

    /** The elements of {@code a} that {@code b} also has, in {@code a}'s order. */
    private static List<String> common(List<String> a, List<String> b) {
        Set<String> inB = new HashSet<>(b);
        return a.stream().filter(inB::contains).toList();
    }

    /** Every node by id (the first of an id, as {@link Workflow#node} finds it). */
    private static Map<String, Node> nodesById(Workflow w) {
        Map<String, Node> out = new HashMap<>();
        Nodes.all(w.phases()).forEach(n -> out.putIfAbsent(n.id(), n));
        return out;
    }

    /** The tree with each node whose id is a key of {@code by} replaced by its value. */
    private static List<Node> replace(List<Node> nodes, Map<String, Node> by) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            Node x = by.get(n.id());
            out.add(x != null ? x : n.isLeaf() ? n : n.withTasks(replace(n.tasks(), by)));
        }
        return out;
    }

    private static boolean same(Flat x, Flat y) {
        return x.node().equals(y.node()) && x.parent().equals(y.parent());
    }

    private static String canonical(Flat f) {
        return f.parent() + "|" + f.node();
    }

    private static Map<String, Fork> byId(List<Fork> forks) {
        Map<String, Fork> out = new LinkedHashMap<>();
        forks.forEach(f -> out.putIfAbsent(f.id(), f));
        return out;
    }

    private static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String show(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? "'" + s.substring(0, 57) + "...'" : "'" + s + "'";
    }
}
