package dev.wf.core;

import dev.wf.core.contract.Artifacts;
import dev.wf.core.contract.Baselines;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.git.GitDirty;
import dev.wf.core.merge.MergeMarker;
import dev.wf.core.git.GitHead;
import dev.wf.core.git.GitUser;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Workflow;
import dev.wf.core.report.EditDiff;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Rollup;
import dev.wf.core.rules.Violation;
import dev.wf.core.store.EventLog;
import dev.wf.core.store.Hashing;
import dev.wf.core.store.Layout;
import dev.wf.core.store.Soon;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import dev.wf.core.store.StateLock;
import dev.wf.core.store.Transaction;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs commands against the project's files: reads the chain of workflows, and for a change takes the lock,
 * recovers an interrupted change, logs hand edits, checks the rules, and commits the draft as one transaction.
 */
final class Engine {
    final Path project;
    final Settings settings;
    final StateFolder root;

    Engine(Path project, Settings settings) {
        this.project = project;
        this.settings = settings;
        this.root = StateFolder.root(project);
    }

    /**
     * The folder contract paths are relative to: the project, or, for an operation's template
     * (operations/NAME) or one of its runs (runs/PERIOD, runs/NAME/PERIOD), the project that holds them.
     */
    Path home() {
        Path parent = project.getParent();
        if (parent != null && (holds(parent, Ladder.OPERATIONS) || holds(parent, Ladder.RUNS))) {
            return parent.getParent();
        }
        Path grand = parent == null ? null : parent.getParent();
        return grand != null && holds(grand, Ladder.RUNS) ? grand.getParent() : project;
    }

    /** Whether {@code dir} is the operations/ or runs/ folder of a project that has operations. */
    private static boolean holds(Path dir, String name) {
        return dir.getFileName() != null && dir.getFileName().toString().equals(name) && dir.getParent() != null
                && Files.isDirectory(dir.getParent().resolve(Ladder.OPERATIONS));
    }

    /** The project's files as contracts name them. */
    dev.wf.core.contract.Artifacts artifacts() {
        return new dev.wf.core.contract.Artifacts(home());
    }

    Instant now() {
        return settings.clock().instant();
    }

    /** Time as written in workflow.yaml: UTC, to the second. */
    String nowText() {
        return now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Root first, then each open fork the pointer leads into. */
    List<Loaded> loadChain() {
        Map<Path, Loaded> read = new java.util.HashMap<>();
        List<StateFolder> folders = root.chain(f -> f == root || f.exists()
                ? read.computeIfAbsent(f.dir(), k -> f.load()).workflow() : null);
        return folders.stream().map(f -> read.get(f.dir())).toList();
    }

    /** How a change may touch the project. */
    enum Access {
        /** The rules must hold before the change; waits for the lock. */
        WRITE,
        /** Works on a broken project (check --fix); waits for the lock. */
        REPAIR,
        /** May create the state folder (start). */
        CREATE,
        /** Finishes an interrupted change or logs a hand edit for a read; never waits for the lock. */
        HOUSEKEEP
    }

    /** What a committed change gave: the operation's value, and the draft as committed. */
    record Committed<T>(T value, Draft draft) {
    }

    /**
     * Runs a query on the chain. An interrupted change or an unlogged hand edit is dealt with first when the lock
     * is free; when another command holds it, that command is mid-commit and the files on disk (each replaced
     * atomically) are read as they are.
     */
    <T> T read(Function<List<Loaded>, T> query) {
        if (Transaction.pending(root.dir())) {
            housekeep();
        }
        List<Loaded> chain = loadChain();
        if (editPending(chain) && housekeep()) {
            chain = loadChain();
        }
        return query.apply(chain);
    }

    private boolean housekeep() {
        try {
            change("wf (housekeeping)", Access.HOUSEKEEP, d -> null);
            return true;
        } catch (WfException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
            return false;
        }
    }

    /** Runs {@code op} on a draft under the lock and commits it; see {@link Access} for what is allowed. */
    <T> Committed<T> change(String command, Access access, Function<Draft, T> op) {
        if (access != Access.CREATE && !root.exists() && !Transaction.pending(root.dir())) {
            root.load(); // throws the "no workflow here" error before anything is written
        }
        boolean made = !Files.exists(root.dir());
        try {
            Files.createDirectories(root.dir());
        } catch (IOException e) {
            throw WfException.storage("cannot create " + root.dir() + ": " + e.getMessage(), e);
        }
        try {
            return locked(command, access, op);
        } catch (RuntimeException e) {
            if (made) {
                removeIfBare(root.dir()); // a refused first command leaves no empty state folder behind
            }
            throw e;
        }
    }

    /** Deletes a state folder that holds nothing but the lock and an empty staging folder. */
    private static void removeIfBare(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(StateLock.FILE));
            Files.deleteIfExists(dir.resolve(Transaction.STAGING));
            Files.deleteIfExists(dir);
        } catch (IOException notBare) {
            // something else is in it: leave it
        }
    }

    /** Whether tracked files had uncommitted changes, asked when a write starts; see {@link GitDirty}. */
    private Supplier<Boolean> dirty = () -> null;

    private <T> Committed<T> locked(String command, Access access, Function<Draft, T> op) {
        if (access != Access.HOUSEKEEP) {
            dirty = GitDirty.start(project);
        }
        Duration wait = access == Access.HOUSEKEEP ? Duration.ZERO : settings.lockWait();
        try (StateLock lock = StateLock.acquire(root.dir(), command, wait, now())) {
            Optional<String> recovered = Transaction.recover(project, root.dir());
            List<Loaded> chain = root.exists() ? loadChain() : List.of();
            Draft pre = draft(chain);
            recovered.ifPresent(msg -> {
                pre.notices.add("recovered: " + msg);
                if (!chain.isEmpty()) {
                    pre.log(chain.get(0), List.of(Event.of(EventType.RECOVERED, null, null, null, msg)));
                }
            });
            chain.forEach(l -> detectEdit(l, pre));
            if (!pre.entries().isEmpty()) {
                commit(pre);
            }
            List<Loaded> fresh = pre.entries().isEmpty() ? chain : loadChain();
            if (access == Access.WRITE) {
                fresh.forEach(Engine::requireValid);
            }
            Draft d = draft(fresh);
            d.notices.addAll(pre.notices);
            T result = op.apply(d);
            commit(d);
            return new Committed<>(result, d);
        } catch (IOException e) {
            throw WfException.storage("cannot write the workflow state: " + e.getMessage(), e);
        }
    }

    Draft draft(List<Loaded> chain) {
        return new Draft(chain, nowText(), this::loadOther);
    }

    /**
     * A workflow outside the active chain that a command reaches (FORK/ID, a closed fork): read, with a hand edit
     * of it logged in the same draft, and checked like the chain.
     */
    private Loaded loadOther(StateFolder folder, Draft d) {
        Loaded l = folder.load();
        detectEdit(l, d);
        requireValid(l);
        return l;
    }

    private boolean editPending(List<Loaded> chain) {
        for (Loaded l : chain) {
            if (Files.exists(l.folder().dir().resolve(dev.wf.core.merge.FileMerge.MARKER))) {
                return true; // a git merge to log
            }
            try {
                Optional<String> logged = EventLog.lastSha(l.folder().log());
                if (logged.isPresent() && !logged.get().equals(l.sha())) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** Logs edit.detected in the draft when the file's hash is not the one its log last recorded. */
    void detectEdit(Loaded l, Draft d) {
        Optional<String> logged;
        try {
            logged = EventLog.lastSha(l.folder().log());
        } catch (IOException e) {
            throw WfException.storage("cannot read " + l.folder().log() + ": " + e.getMessage(), e);
        }
        Optional<MergeMarker.Note> merged = MergeMarker.read(l.folder().dir()).filter(n -> n.sha256().equals(l.sha()));
        if (merged.isEmpty()) {
            MergeMarker.remove(l.folder().dir()); // a note about a file that has changed since: nothing to log
        }
        if (logged.isEmpty() || (logged.get().equals(l.sha()) && merged.isEmpty())) {
            return;
        }
        if (merged.isPresent()) { // a git merge (wf's merge driver) wrote this file: not a hand edit
            d.log(l, List.of(Event.of(EventType.MERGE, null, null, null, "merged by git")
                    .withData(Map.of("conflicts", merged.get().conflicts()))));
            d.notices.add("logged the merge of " + l.folder().label() + (merged.get().conflicts().isEmpty() ? ""
                    : ": " + String.join("; ", merged.get().conflicts())));
            MergeMarker.remove(l.folder().dir());
            return;
        }
        List<String> changes = List.of("previous version unavailable");
        Path snap = l.folder().snapshot();
        if (Files.isRegularFile(snap)) {
            try {
                String old = Files.readString(snap, StandardCharsets.UTF_8);
                changes = EditDiff.between(WorkflowCodec.parse(old, "snapshot").workflow(), l.workflow());
            } catch (IOException | WfException unreadable) {
                changes = List.of("previous version unreadable");
            }
        }
        List<String> broken = Invariants.check(l.workflow()).stream().map(Violation::message).toList();
        Event e = Event.of(EventType.EDIT_DETECTED, null, null, null, "workflow.yaml was changed outside wf")
                .withData(broken.isEmpty() ? Map.of("changes", changes)
                        : Event.data("changes", changes, "violations", broken));
        d.log(l, List.of(e));
        d.notices.add("noticed a hand edit of " + l.folder().label() + ": " + String.join("; ", changes));
    }

    static void requireValid(Loaded l) {
        List<Violation> v = Invariants.check(l.workflow());
        if (!v.isEmpty()) {
            throw violation(l, v.get(0), v.size());
        }
    }

    static WfException violation(Loaded l, Violation v, int count) {
        int line = l == null ? 0 : l.layout().line(v.layoutPath());
        String where = l == null ? null : l.folder().label() + (line > 0 ? ":" + line : "");
        String more = count > 1 ? " (and " + (count - 1) + " more)" : "";
        return new WfException(ErrorKind.RULE, v.location() + ": " + v.message() + more, where,
                v.fixable() ? "wf check --fix derives the repair" : "fix workflow.yaml by hand, then run wf check");
    }

    private void commit(Draft d) throws IOException {
        Transaction tx = new Transaction(project, root.dir());
        EventStamp stamp = new EventStamp(now(), actor(), settings.session(), GitHead.read(project)
                .map(r -> r.withDirty(dirty.get())).orElse(null));
        List<Event> published = new ArrayList<>();
        List<Supplier<Void>> guards = new ArrayList<>();
        Artifacts files = artifacts();
        for (Draft.Entry e : d.entries()) {
            Workflow w = e.changed ? Rollup.apply(e.workflow) : e.workflow;
            String text = e.loaded == null ? null : e.loaded.text();
            if (e.loaded == null || !w.equals(e.loaded.workflow())) {
                validate(d, e, w);
                w = w.withLastUpdated(d.now());
                Layout layout = e.layout.withRenames(renames(e.events));
                text = WorkflowCodec.format(w, layout);
                if (e.loaded == null) {
                    text = Schema.withModeline(text, e.folder.dir(), root.dir());
                }
                Supplier<String> written = Hashing.sha256Soon(text.getBytes(StandardCharsets.UTF_8));
                guards.add(readsBack(e.folder, text, w, layout));
                tx.write(e.folder.yaml(), text).writeOwn(e.folder.snapshot(), StateFolder.snapshotOf(text,
                        written.get(), layout));
            } else if (!e.events.isEmpty()) {
                tx.writeOwn(e.folder.snapshot(), e.folder.snapshotAgain(e.loaded));
            }
            if (e.changed) {
                e.events.addAll(Baselines.events(e.loaded == null ? null : e.loaded.workflow(), w, files));
            }
            e.workflow = w;
            String sha = Hashing.sha256(text.getBytes(StandardCharsets.UTF_8));
            List<Event> stamped = e.events.stream().map(ev -> stamp.stamp(ev, sha)).toList();
            tx.append(e.folder.log(), stamped);
            published.addAll(stamped);
        }
        d.files.forEach(tx::write);
        d.where = new Views(this).write(d, tx);
        Schema.stage(root.dir(), tx);
        tx.commit(() -> guards.forEach(Supplier::get)); // the files are staged while a large text is read back
        d.published.addAll(published);
        published.forEach(settings.listener());
    }

    /** Texts from this size up are read back on a thread of their own, while the views are made. */
    private static final int READ_BACK_ALONGSIDE = 64 * 1024;

    /**
     * A last guard before anything is staged: the text must read back as the very tree it was written from. Large
     * texts are read on another thread; taking the answer throws if they do not read back.
     */
    private static Supplier<Void> readsBack(StateFolder folder, String text, Workflow w, Layout written) {
        Runnable check = () -> {
            Workflow back;
            try {
                back = WorkflowCodec.parseWritten(text, folder.label(), written).workflow();
            } catch (WfException e) {
                back = null;
            }
            if (!w.equals(back)) {
                throw new WfException(ErrorKind.INTERNAL, "wf would write a " + folder.label() + " that does not"
                        + " read back as the tree it holds; nothing was written", null,
                        "please report it with the command you ran");
            }
        };
        if (text.length() < READ_BACK_ALONGSIDE) {
            check.run();
            return () -> null;
        }
        return Soon.of("wf-read-back", () -> {
            check.run();
            return null;
        });
    }

    /** New id to old id, for every rename among the events, so comments follow a renamed node. */
    private static Map<String, String> renames(List<Event> events) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Event ev : events) {
            Object old = ev.data().get("renamed_from");
            if (old != null) {
                String first = out.getOrDefault(String.valueOf(old), String.valueOf(old));
                out.put(ev.node(), first);
            }
        }
        return out;
    }

    private static void validate(Draft d, Draft.Entry e, Workflow w) {
        List<Violation> v = new ArrayList<>(Invariants.check(w));
        for (Fork f : w.forks()) {
            Path sub = e.folder.dir().resolve(f.subWorkflow()).normalize();
            if (f.isOpen() && d.entry(sub).isEmpty() && !Files.isRegularFile(sub.resolve(StateFolder.YAML))) {
                v.add(new Violation("forks", "fork '" + f.id() + "' has no sub-workflow at " + f.subWorkflow(),
                        "forks", "@" + f.id(), false));
            }
        }
        if (!v.isEmpty()) {
            Violation first = v.get(0);
            throw new WfException(ErrorKind.RULE, "refused: the change would break a rule: " + first.location() + ": "
                    + first.message(), null, "nothing was written");
        }
    }

    private String actor;

    String actor() {
        if (actor == null) {
            actor = settings.actor() != null ? settings.actor()
                    : GitUser.name(project, settings.env()).orElse(System.getProperty("user.name", "unknown"));
        }
        return actor;
    }
}
