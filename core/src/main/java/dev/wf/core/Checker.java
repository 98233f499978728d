package dev.wf.core;

import dev.wf.core.contract.Artifacts;
import dev.wf.core.contract.ContractRules;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.report.CheckReport;
import dev.wf.core.report.DoneMeans;
import dev.wf.core.report.LogQuery;
import dev.wf.core.report.LogReport;
import dev.wf.core.report.Survey;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Pointer;
import dev.wf.core.rules.Rollup;
import dev.wf.core.rules.Violation;
import dev.wf.core.store.StateFolder.Loaded;
import dev.wf.core.store.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code wf check}: every rule of every workflow, the log, the views and stuck work; --fix derives repairs. */
final class Checker {
    private final Engine engine;

    Checker(Engine engine) {
        this.engine = engine;
    }

    CheckReport check(boolean fix) {
        if (!engine.root.exists()) {
            engine.root.load(); // the "no workflow here" error
        }
        List<String> fixed = fix ? fix() : List.of();
        if (!fix && Transaction.pending(engine.root.dir())) {
            engine.change("wf (recovery)", Engine.Access.REPAIR, d -> null);
        }
        List<Scan.Found> all = Scan.all(engine.project);
        Artifacts files = engine.artifacts();
        List<CheckReport.Problem> problems = problems(all, files);
        LogReport history = History.read(all, LogQuery.ALL);
        List<String> warnings = new ArrayList<>(history.warnings());
        if (problems.isEmpty()) {
            warnings.addAll(stateWarnings(history));
        }
        List<String> stale = Contracts.messages(all.stream().map(Scan.Found::loaded).filter(Objects::nonNull)
                .toList(), files);
        return new CheckReport(problems, warnings, fixed, stale);
    }

    /** The seed's "done means" lists for this session and for the root workflow. */
    DoneMeans doneMeans() {
        if (!engine.root.exists()) {
            engine.root.load(); // the "no workflow here" error
        }
        List<Scan.Found> all = Scan.all(engine.project);
        LogReport history = History.read(all, LogQuery.ALL);
        List<Loaded> chain = engine.loadChain();
        Workflow root = chain.get(0).workflow();
        Workflow active = chain.get(chain.size() - 1).workflow();
        List<DoneMeans.Item> session = new ArrayList<>();
        List<CheckReport.Problem> broken = problems(all, null);
        session.add(new DoneMeans.Item("workflow.yaml holds a valid tree (goal → phases → tasks)", broken.isEmpty(),
                broken.isEmpty() ? all.size() + " workflow(s), every rule holds"
                        : broken.get(0).where() + ": " + broken.get(0).message()));
        String cur = active.currentNode();
        boolean specific = cur != null && (active.node(cur).map(Node::isLeaf).orElse(false)
                || active.fork(cur).map(Fork::isOpen).orElse(false));
        session.add(new DoneMeans.Item("the pointer names one specific leaf or open fork", specific,
                cur == null ? "current_node is empty" : "current_node: " + cur));
        boolean fresh = !viewsStale(chain);
        session.add(new DoneMeans.Item("current-pointer.md says where we are and what is next", fresh,
                fresh ? "it agrees with workflow.yaml" : "out of date: wf check --fix rewrites it"));
        String id = engine.settings.session();
        boolean logged = id != null && history.entries().stream().anyMatch(e -> id.equals(e.event().session())
                && TRANSITIONS.stream().anyMatch(t -> e.event().type().startsWith(t)));
        session.add(new DoneMeans.Item("log.jsonl has a transition from this session", logged,
                id == null ? "WF_SESSION is not set, so this session's lines cannot be told apart; set it"
                        : logged ? "session " + id + " has logged transitions"
                                : "session " + id + " has not logged a transition yet"));
        List<String> untouched = new ArrayList<>();
        for (Loaded l : chain) {
            for (Node leaf : Nodes.leaves(l.workflow().phases())) {
                if (leaf.status() == NodeStatus.IN_PROGRESS) {
                    Survey.ageDays(leaf.updatedAt(), engine.now()).filter(d -> d >= engine.settings.stuckDays())
                            .ifPresent(d -> untouched.add(leaf.id() + " (" + d + " days)"));
                }
            }
        }
        session.add(new DoneMeans.Item("no in-progress step untouched for " + engine.settings.stuckDays() + " days",
                untouched.isEmpty(), untouched.isEmpty() ? "none" : String.join(", ", untouched)));
        List<DoneMeans.Item> workflow = new ArrayList<>();
        List<String> left = root.phases().stream().filter(p -> !p.status().finished()).map(Node::id).toList();
        workflow.add(new DoneMeans.Item("every phase is done or skipped", !root.phases().isEmpty() && left.isEmpty(),
                root.phases().isEmpty() ? "there are no phases" : left.isEmpty() ? root.phases().size()
                        + " phase(s) finished" : left.size() + " left: " + String.join(", ", left)));
        List<String> open = all.stream().filter(f -> f.fork() != null && f.fork().isOpen())
                .map(f -> f.folder().handle()).toList();
        workflow.add(new DoneMeans.Item("every fork is merged or abandoned", open.isEmpty(),
                open.isEmpty() ? "no fork is open" : "open: " + String.join(", ", open)));
        boolean shipped = shippedNote(root);
        workflow.add(new DoneMeans.Item("a \"what shipped\" note exists in PROGRESS.md", shipped,
                shipped ? "PROGRESS.md names " + root.goal().id() : "none yet: wf finish --shipped TEXT writes it"));
        boolean asked = history.entries().stream().anyMatch(e -> e.workflow().isEmpty()
                && (e.event().type().equals(EventType.FORK_GRADUATED.wire())
                        || (e.event().type().equals(EventType.WORKFLOW_COMPLETED.wire())
                                && e.event().data().containsKey("recur"))));
        workflow.add(new DoneMeans.Item("the \"will this recur?\" question is answered", asked,
                asked ? "answered in log.jsonl" : "answer it with wf finish --recur yes|no"));
        return new DoneMeans(session, workflow);
    }

    /** Event types that move work along, as opposed to edits of the plan. */
    private static final List<String> TRANSITIONS = List.of("node.status", "pointer.moved", "fork.", "workflow.");

    /** Whether PROGRESS.md names the workflow's goal (by id or title). */
    private boolean shippedNote(Workflow root) {
        Path progress = engine.home().resolve(Ladder.PROGRESS);
        try {
            if (!Files.isRegularFile(progress)) {
                return false;
            }
            String text = Files.readString(progress);
            return text.contains(root.goal().title()) || text.contains(root.goal().id());
        } catch (IOException e) {
            return false;
        }
    }

    /** Repairs what can be derived in every workflow, logging any hand edit first; returns what it fixed. */
    private List<String> fix() {
        List<String> fixed = new ArrayList<>();
        try {
            boolean stale = viewsStale(engine.loadChain());
            engine.change("wf check --fix", Engine.Access.REPAIR, d -> {
                for (Scan.Found f : Scan.all(engine.project)) {
                    if (f.loaded() != null) {
                        engine.detectEdit(f.loaded(), d);
                        repair(d, f.loaded(), fixed);
                    }
                }
                return null;
            });
            if (stale) {
                fixed.add("rewrote current-pointer.md and the CONTEXT.md block");
            }
        } catch (WfException unreadable) {
            if (unreadable.kind() != ErrorKind.INVALID_INPUT) {
                throw unreadable;
            }
            // a file that does not parse cannot be repaired; it is reported with the other problems
        }
        return fixed;
    }

    /** Broken rules of every workflow, and broken contracts when {@code files} is given. */
    private static List<CheckReport.Problem> problems(List<Scan.Found> all, Artifacts files) {
        List<CheckReport.Problem> problems = new ArrayList<>();
        for (Scan.Found f : all) {
            if (f.error() != null) {
                problems.add(new CheckReport.Problem(f.error().location().orElse(f.folder().label()),
                        f.error().getMessage(), false));
                continue;
            }
            List<Violation> broken = new ArrayList<>(Invariants.check(f.loaded().workflow()));
            if (files != null) {
                broken.addAll(ContractRules.check(f.loaded().workflow(), files));
            }
            for (Violation v : broken) {
                WfException e = Engine.violation(f.loaded(), v, 1);
                problems.add(new CheckReport.Problem(e.location().orElse(""), e.getMessage(), v.fixable()));
            }
        }
        return problems;
    }

    private List<String> stateWarnings(LogReport history) {
        List<String> out = new ArrayList<>();
        List<Loaded> chain = engine.loadChain();
        out.addAll(Survey.where(Workspace.levels(chain), engine.now(), engine.settings.stuckDays()).warnings());
        out.addAll(doneMeans(chain.get(0), history));
        if (viewsStale(chain)) {
            out.add("current-pointer.md or the CONTEXT.md block is out of date (wf check --fix rewrites them)");
        }
        return out;
    }

    /** Whether writing the views now would change any of them. */
    private boolean viewsStale(List<Loaded> chain) {
        try {
            Transaction tx = new Transaction(engine.project, engine.root.dir());
            new Views(engine).write(engine.draft(chain), tx);
            return !tx.isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    /** The seed's "done means" lists that the rules above do not already cover. */
    private List<String> doneMeans(Loaded root, LogReport history) {
        List<String> out = new ArrayList<>();
        String session = engine.settings.session();
        if (session != null && history.entries().stream().noneMatch(e -> session.equals(e.event().session()))) {
            out.add("done means: session " + session + " has not logged a transition yet");
        }
        if (root.workflow().goal().status() == GoalStatus.COMPLETED && !shippedNote(root.workflow())) {
            out.add("done means: the workflow is complete but PROGRESS.md has no \"what shipped\" note for it");
        }
        return out;
    }

    /** Roll-up and the pointer, derived again where they are wrong; views follow from the commit. */
    private static void repair(Draft d, Loaded l, List<String> fixed) {
        Workflow w = l.workflow();
        List<String> what = new ArrayList<>();
        if (!Rollup.mismatches(w).isEmpty() || Rollup.goal(w) != w.goal().status()) {
            what.add("roll-up of " + String.join(", ", Rollup.mismatches(w)) + " in " + w.goal().id());
        }
        Workflow rolled = Rollup.apply(w);
        Optional<String> pointer = repairedPointer(rolled);
        if (pointer.isPresent()) {
            what.add("pointer of " + w.goal().id() + " → " + pointer.get());
            rolled = rolled.withPointer(pointer.get(), d.now());
        }
        if (!what.isEmpty()) {
            d.apply(l, new Change(rolled, List.of(Event.of(EventType.REPAIRED, null, null, null, "wf check --fix")
                    .withData(Map.of("fixed", what)))));
            fixed.addAll(what);
        }
    }

    private static Optional<String> repairedPointer(Workflow w) {
        boolean fixable = Invariants.check(w).stream().anyMatch(v -> v.rule().equals("pointer") && v.fixable());
        if (!fixable) {
            return Optional.empty();
        }
        Optional<Node> cur = Optional.ofNullable(w.currentNode()).flatMap(w::node);
        if (cur.isPresent() && !cur.get().isLeaf()) {
            Optional<Node> inside = dev.wf.core.model.Nodes.leaves(cur.get().tasks()).stream()
                    .filter(Pointer::actionable).findFirst();
            if (inside.isPresent()) {
                return Optional.of(inside.get().id());
            }
        }
        return Pointer.nextLeaf(w, w.currentNode()).map(Node::id);
    }
}
