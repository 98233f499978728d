package dev.wf.core;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.report.CheckReport;
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
        List<CheckReport.Problem> problems = problems(all);
        LogReport history = History.read(all, LogQuery.ALL);
        List<String> warnings = new ArrayList<>(history.warnings());
        if (problems.isEmpty()) {
            warnings.addAll(stateWarnings(history));
        }
        return new CheckReport(problems, warnings, fixed);
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

    private static List<CheckReport.Problem> problems(List<Scan.Found> all) {
        List<CheckReport.Problem> problems = new ArrayList<>();
        for (Scan.Found f : all) {
            if (f.error() != null) {
                problems.add(new CheckReport.Problem(f.error().location().orElse(f.folder().label()),
                        f.error().getMessage(), false));
                continue;
            }
            for (Violation v : Invariants.check(f.loaded().workflow())) {
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
        Path progress = engine.project.resolve("PROGRESS.md");
        try {
            boolean noted = Files.isRegularFile(progress) && Files.readString(progress).contains(root.workflow().goal().title());
            if (root.workflow().goal().status() == GoalStatus.COMPLETED && !noted) {
                out.add("done means: the workflow is complete but PROGRESS.md has no \"what shipped\" note for it");
            }
        } catch (IOException e) {
            out.add("cannot read PROGRESS.md: " + e.getMessage());
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
