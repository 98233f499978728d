package dev.wf.core.report;

import dev.wf.core.model.Fork;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Pointer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link WhereReport} from the chain of workflows, root first and the active one last. */
public final class Survey {
    /** Past this many rows, unfinished parents off the current path are folded too. */
    static final int ROW_BUDGET = 40;

    private Survey() {
    }

    /** One workflow of the chain, with the handle (fork path) that names it. */
    public record Level(Workflow workflow, String handle) {
    }

    public static WhereReport where(List<Level> chain, Instant now, int stuckDays) {
        Workflow active = chain.get(chain.size() - 1).workflow();
        List<WhereReport.Link> links = chain.stream().map(l -> new WhereReport.Link(l.workflow().goal().id(),
                l.workflow().goal().title(), l.workflow().currentNode())).toList();
        Optional<Node> current = Optional.ofNullable(active.currentNode()).flatMap(active::node);
        WhereReport.Current cur = current.map(n -> current(active, n)).orElse(null);
        WhereReport.Step next = Pointer.nextLeaf(active, active.currentNode())
                .map(n -> new WhereReport.Step(n.id(), n.title())).orElse(null);
        List<WhereReport.OpenFork> forks = new ArrayList<>();
        for (Level l : chain) {
            for (Fork f : l.workflow().forks()) {
                if (f.isOpen()) {
                    String handle = l.handle().isEmpty() ? f.id() : l.handle() + "/" + f.id();
                    forks.add(new WhereReport.OpenFork(f.id(), f.reason(), f.spawnedFrom(), f.returnTo(), handle));
                }
            }
        }
        boolean complete = chain.size() > 1 && active.goal().status() == GoalStatus.COMPLETED;
        var g = active.goal();
        List<String> warnings = new ArrayList<>();
        for (Level l : chain) {
            Invariants.check(l.workflow()).forEach(v -> warnings.add("rule broken in " + l.workflow().goal().id()
                    + ": " + v.location() + ": " + v.message() + " (wf check shows where)"));
        }
        warnings.addAll(warnings(active, current, now, stuckDays, complete));
        return new WhereReport(links, new WhereReport.GoalInfo(g.id(), g.title(), g.status().yaml(), g.why()), cur,
                next, forks, warnings, rows(active), complete);
    }

    private static WhereReport.Current current(Workflow w, Node n) {
        String parent = Nodes.parent(w.phases(), n.id()).map(Node::title).orElse(w.goal().title());
        return new WhereReport.Current(n.id(), n.title(), n.status().yaml(), parent, n.process(), n.inputs(),
                n.outputs(), n.notes(), n.blockedBy());
    }

    private static List<String> warnings(Workflow w, Optional<Node> current, Instant now, int days,
            boolean complete) {
        List<String> out = new ArrayList<>();
        if (complete) {
            out.add("this sub-workflow is complete: run wf resume to return to the parent");
        } else if (w.goal().status() == GoalStatus.COMPLETED) {
            out.add("this workflow is complete: every phase is done or skipped and no fork is open");
        }
        current.filter(n -> n.status() == NodeStatus.BLOCKED).ifPresent(n -> out.add("blocked: '" + n.id()
                + "' (" + n.blockedBy() + ")"));
        if (w.currentNode() == null && !complete) {
            out.add("no current step: add phases with wf add " + w.goal().id() + " TITLE");
        }
        ageDays(w.currentSince(), now).filter(d -> d >= days && !complete && w.goal().status() != GoalStatus.COMPLETED)
                .ifPresent(d -> out.add("stuck: the pointer has not moved for " + d + " days"));
        for (Node leaf : Nodes.leaves(w.phases())) {
            if (leaf.status() == NodeStatus.IN_PROGRESS) {
                ageDays(leaf.updatedAt(), now).filter(d -> d >= days).ifPresent(d -> out.add("stuck: '" + leaf.id()
                        + "' has been in progress for " + d + " days without a change"));
            }
        }
        return out;
    }

    /** Whole days from an ISO-8601 date or instant to {@code now}; empty when it does not parse. */
    public static Optional<Long> ageDays(String iso, Instant now) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            Instant then = iso.length() == 10 ? Instant.parse(iso + "T00:00:00Z") : Instant.parse(iso);
            return Optional.of(Duration.between(then, now).toDays());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The tree with finished subtrees folded; past the budget, only the current path stays open. */
    static List<WhereReport.Row> rows(Workflow w) {
        Set<String> path = new HashSet<>();
        Nodes.ancestry(w.phases(), w.currentNode() == null ? "" : w.currentNode()).forEach(n -> path.add(n.id()));
        w.forks().stream().filter(f -> f.id().equals(w.currentNode()))
                .forEach(f -> Nodes.ancestry(w.phases(), f.spawnedFrom()).forEach(n -> path.add(n.id())));
        List<WhereReport.Row> rows = new ArrayList<>();
        rows(w, w.phases(), 0, path, false, rows);
        if (rows.size() > ROW_BUDGET) {
            rows.clear();
            rows(w, w.phases(), 0, path, true, rows);
        }
        for (Fork f : w.forks()) {
            rows.add(new WhereReport.Row(0, f.id(), f.reason(), f.status().yaml(), f.id().equals(w.currentNode()), 0,
                    true));
        }
        return rows;
    }

    private static void rows(Workflow w, List<Node> nodes, int depth, Set<String> path, boolean tight,
            List<WhereReport.Row> out) {
        int onPath = -1;
        for (int i = 0; i < nodes.size() && tight; i++) {
            if (path.contains(nodes.get(i).id())) {
                onPath = i;
            }
        }
        int folded = 0;
        for (int i = 0; i < nodes.size() && (tight || out.size() <= ROW_BUDGET); i++) { // past it, tight rows win
            Node n = nodes.get(i);
            boolean shown = !tight || (onPath < 0 ? i < 3 : i >= onPath && i <= onPath + 2);
            if (!shown) {
                folded += 1 + Nodes.count(n.tasks());
                continue;
            }
            fold(depth, folded, out);
            folded = 0;
            boolean open = !n.isLeaf() && !n.status().finished() && (!tight || path.contains(n.id()));
            int hidden = open ? 0 : Nodes.count(n.tasks());
            out.add(new WhereReport.Row(depth, n.id(), n.title(), n.status().yaml(), n.id().equals(w.currentNode()),
                    hidden, false));
            if (open) {
                rows(w, n.tasks(), depth + 1, path, tight, out);
            }
        }
        fold(depth, folded, out);
    }

    /** A row standing for {@code count} nodes left out; it has no id. */
    private static void fold(int depth, int count, List<WhereReport.Row> out) {
        if (count > 0) {
            out.add(new WhereReport.Row(depth, null, null, null, false, count, false));
        }
    }
}
