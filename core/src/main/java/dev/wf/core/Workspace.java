package dev.wf.core;

import dev.wf.core.contract.Artifacts;
import dev.wf.core.contract.ContextPack;
import dev.wf.core.contract.ContractRules;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.ops.Edit;
import dev.wf.core.ops.Forking;
import dev.wf.core.ops.Operations;
import dev.wf.core.ops.Restructure;
import dev.wf.core.ops.Starting;
import dev.wf.core.ops.Transitions;
import dev.wf.core.render.Export;
import dev.wf.core.report.CheckReport;
import dev.wf.core.report.ContextReport;
import dev.wf.core.report.DoneMeans;
import dev.wf.core.report.GitResult;
import dev.wf.core.report.LogFile;
import dev.wf.core.report.LogQuery;
import dev.wf.core.report.LogReport;
import dev.wf.core.report.Survey;
import dev.wf.core.report.TemplateInfo;
import dev.wf.core.report.WhereReport;
import dev.wf.core.report.WorkflowSummary;
import dev.wf.core.rules.Rollup;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A project's workflows: the one class other tools import. Every {@code wf} verb is a method here. Reads change
 * nothing in the tree; when the lock is free they first finish an interrupted change or log a hand edit. Changes
 * take the project's lock, are checked against the rules, and are committed with their log events as one
 * transaction. Nothing here prints or exits.
 */
public final class Workspace {
    private final Engine engine;

    private Workspace(Path project, Settings settings) {
        this.engine = new Engine(project, settings);
    }

    /**
     * The workspace for {@code dir}: the nearest folder at or above it that holds workflow-state/workflow.yaml, or
     * {@code dir} itself when none does (where {@link #start} creates one).
     */
    public static Workspace open(Path dir, Settings settings) {
        Path start = dir.toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (StateFolder.root(p).exists()) {
                return new Workspace(p, settings);
            }
        }
        return new Workspace(start, settings);
    }

    /** The workspace of exactly {@code dir}, without looking upwards: to start a workflow inside another project. */
    public static Workspace at(Path dir, Settings settings) {
        return new Workspace(dir.toAbsolutePath().normalize(), settings);
    }

    /** The project folder: the one that holds workflow-state/. */
    public Path root() {
        return engine.project;
    }

    /** Whether the project has a workflow yet. */
    public boolean exists() {
        return engine.root.exists();
    }

    /** Scaffolds a new workflow (seed phases 1 and 2); refuses one-shot work unless forced, and never overwrites. */
    public Outcome start(StartRequest r) {
        if (r.looksOneShot() && !r.force()) {
            throw WfException.rule("this looks like one-shot work (fewer than 3 phases, one session, no unknowns);"
                    + " a workflow would be overhead", "just do it, or pass --force to scaffold anyway");
        }
        return change("wf start", Engine.Access.CREATE, d -> {
            if (!d.chain().isEmpty()) {
                throw WfException.rule("a workflow already exists in " + engine.root.label(),
                        "see it with wf where; start elsewhere with -C DIR");
            }
            WorkflowCodec.Parsed skeleton;
            Change c;
            if (r.template() == null) {
                skeleton = WorkflowCodec.parse(template("workflow.yaml"), "templates/workflow.yaml");
                c = Starting.start(skeleton.workflow(), r.goal(), r.why(), r.output(), r.phases(), r.id(), d.now());
            } else {
                if (!r.phases().isEmpty()) {
                    throw WfException.invalid("--phase and --template do not mix", "start from the template, then"
                            + " add phases with wf add GOAL-ID TITLE");
                }
                String text = Templates.load(root(), r.template());
                skeleton = WorkflowCodec.parse(text, "template " + r.template());
                c = fromTemplate(r, skeleton.workflow(), d);
                for (String unused : r.values().keySet()) {
                    if (!Operations.placeholders(text).contains(unused)) {
                        d.notices.add("--set " + unused + ": template '" + r.template() + "' has no {{" + unused
                                + "}}");
                    }
                }
                Workflow made = c.after();
                dev.wf.core.contract.ContractRules.check(made, engine.artifacts()).forEach(v -> d.notices.add(
                        "note: " + v.message() + " (wf check reports it until it holds)"));
            }
            d.create(engine.root, c.after(), c.events(), skeleton.layout());
            ignoreWorkingFiles(d, engine.root.dir());
            return null;
        });
    }

    /** The template filled in: {@code {{goal}}}, {@code {{date}}}, {@code {{period}}} and the request's values. */
    private static Change fromTemplate(StartRequest r, Workflow template, Draft d) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("date", d.now().substring(0, 10));
        values.put("period", d.now().substring(0, 7));
        if (r.goal() != null && !r.goal().isBlank()) {
            values.put("goal", r.goal().strip());
        }
        values.putAll(r.values());
        java.util.Set<String> missing = new java.util.TreeSet<>();
        Workflow given = r.goal() == null || r.goal().isBlank() ? template : template.withGoal(new dev.wf.core.model
                .Goal(template.goal().id(), r.goal().strip(), template.goal().status(), template.goal().why(),
                template.goal().output(), template.goal().extras())); // --goal replaces the title and its placeholders
        Workflow filled = Operations.fill(given, values, missing);
        if (!missing.isEmpty() && !r.allowMissing()) {
            throw WfException.invalid("template '" + r.template() + "' needs a value for: " + String.join(", ",
                    missing), (missing.contains("goal") ? "pass --goal TEXT" : "pass --set " + missing.iterator()
                    .next() + "=VALUE") + " (or --allow-missing to write [missing: KEY] and fill it in later)");
        }
        if (!missing.isEmpty()) {
            d.notices.add("placeholders without a value were written as [missing: KEY]: " + String.join(", ",
                    missing) + "; fill them in with wf edit");
        }
        return Starting.fromTemplate(Operations.reset(filled), r.goal(), r.why(), r.output(), r.id(), r.template(),
                d.now());
    }

    /**
     * Installs the agent kit (Claude Code skill, slash commands, SessionStart hook, MCP server entry) into the
     * project, with {@code command} as the way to run wf there.
     */
    public List<dev.wf.core.agent.AgentKit.Installed> installAgent(String command, boolean force) {
        return dev.wf.core.agent.AgentKit.install(root(), command, force);
    }

    /** The workflow templates wf start --template takes: built-in ones and the project's own. */
    public List<TemplateInfo> templates() {
        return Templates.list(root());
    }

    /** A .gitignore in a new state folder for wf's working files, unless the folder has one. */
    static void ignoreWorkingFiles(Draft d, Path stateDir) {
        Path ignore = stateDir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            d.files.put(ignore, "# wf's working files: the lock, staged writes, its last-written copy\n"
                    + ".wf.lock\n.wf-staging/\n.wf-last.yaml\n.wf-merge\n");
        }
    }

    /**
     * Completes the workflow: refuses while a step is unfinished or a fork open, appends a dated "what shipped"
     * note to PROGRESS.md, and logs workflow.completed with the answer to "will this recur?".
     */
    public Outcome finish(String shipped, boolean recur) {
        return change("wf finish", ladder().finish(shipped, recur));
    }

    /**
     * Graduates a finished fork into a host workflow ({@code into} = DIR or DIR#after-phase): a new phase there reads
     * the sub-workflow's outputs, and the fork is marked merged with graduated_to. Refuses a pattern that has run
     * only once unless {@code force}.
     */
    public Outcome graduateInto(String fork, String into, boolean force) {
        return change("wf graduate", ladder().graduateInto(fork, into, force));
    }

    /**
     * Graduates a finished fork into a skill: writes {@code out} (default .claude/skills/NAME)/SKILL.md with front
     * matter (name, description, triggers; {@code triggers} empty derives them) and the sub-workflow's process.
     */
    public Outcome graduateSkill(String fork, String name, String out, List<String> triggers, boolean force) {
        return change("wf graduate", ladder().graduateSkill(fork, name, out, triggers, force));
    }

    /** Makes an operation template in operations/NAME from a finished workflow folder. */
    public Outcome createOperation(String name, String from) {
        return change("wf operation create", Engine.Access.CREATE, ladder().createOperation(name, from));
    }

    /** Instantiates an operation for a period (YYYY-MM; null: this month) under runs/. */
    public Outcome run(String operation, String period) {
        return change("wf run", Engine.Access.CREATE, ladder().run(operation, period, engine.nowText()));
    }

    private Ladder ladder() {
        return new Ladder(engine.project, engine.home());
    }

    /** Where we are: the chain, the current step and its contract, what is next, open forks, warnings, the tree. */
    public WhereReport where() {
        return engine.read(chain -> {
            WhereReport r = Survey.where(levels(chain), engine.now(), engine.settings.stuckDays());
            Artifacts files = engine.artifacts();
            List<String> more = new java.util.ArrayList<>(Contracts.messages(chain, files));
            Workflow active = chain.get(chain.size() - 1).workflow();
            for (dev.wf.core.model.Node n : Nodes.ancestry(active.phases(), String.valueOf(active.currentNode()))) {
                ContractRules.check(active, n.id(), files).forEach(v -> more.add("contract: " + v.message()));
            }
            return more.isEmpty() ? r : r.withWarnings(more);
        });
    }

    /**
     * What to load for a node ({@code id} null: the current step): its chain and contract, then the declared
     * section of each L3 input, then each L4 input; {@code maxTokens} (null: no limit) cuts the text to fit.
     */
    public ContextReport context(String id, Long maxTokens) {
        return engine.read(chain -> {
            Draft d = engine.draft(chain);
            Target t = id == null ? Target.current(d) : Target.of(d, id);
            return ContextPack.build(t.loaded().folder().handle(), t.loaded().workflow(), t.id(),
                    engine.artifacts(), maxTokens);
        });
    }

    /** Adds a phase (parent = the goal's id) or a task; {@code id} and {@code after} may be null. */
    public Outcome add(String parent, String title, String id, String after) {
        return change("wf add", d -> {
            Target t = Target.of(d, parent);
            d.apply(t.loaded(), Restructure.add(d.tree(t.loaded()), t.id(), title, id, after, d.now()));
            return null;
        });
    }

    /** Changes what a node (or the goal) says: title, notes, process, contract. */
    public Outcome edit(String id, Edit.Request request) {
        return change("wf edit", d -> {
            Target t = Target.of(d, id);
            Change c = Edit.apply(d.tree(t.loaded()), t.id(), request);
            d.apply(t.loaded(), c);
            ContractRules.check(c.after(), t.id(), engine.artifacts()).forEach(v -> d.notices.add(
                    "note: " + v.message() + " (wf check reports it until it holds)"));
            return null;
        });
    }

    /** Moves a node and its tasks under another parent of the same workflow, keeping their statuses. */
    public Outcome move(String id, String parent, String after) {
        return change("wf move", d -> {
            Target t = Target.of(d, id);
            Target p = Target.of(d, parent);
            if (!p.loaded().folder().equals(t.loaded().folder())) {
                throw WfException.invalid("'" + id + "' and '" + parent + "' are in different workflows",
                        "move nodes within one workflow");
            }
            d.apply(t.loaded(), Restructure.move(d.tree(t.loaded()), t.id(), p.id(), after, d.now()));
            return null;
        });
    }

    /** Changes a node's id; the pointer, forks and comments follow it. */
    public Outcome rename(String id, String newId) {
        return onNode("wf rename", id, (w, n, now) -> Restructure.rename(w, n, newId));
    }

    /** Removes a node and its tasks; the log keeps the removed subtree. */
    public Outcome remove(String id, String why) {
        return onNode("wf remove", id, (w, n, now) -> Restructure.remove(w, n, why, now));
    }

    /** {@code wf goto}: moves the pointer to a leaf or open fork, with a reason. */
    public Outcome jump(String id, String why) {
        return onNode("wf goto", id, (w, n, now) -> Transitions.jump(w, n, why, now));
    }

    /** Marks a leaf done; {@code id} null means the current step. Refuses when declared outputs are missing. */
    public Outcome done(String id) {
        return done(id, false);
    }

    /**
     * Marks a leaf done. When the leaf, or a parent it completes, declares outputs that do not exist, refuses unless
     * {@code force}, which the node.status event records with the missing outputs.
     */
    public Outcome done(String id, boolean force) {
        return change("wf done", d -> {
            Target t = id == null ? Target.current(d) : Target.of(d, id);
            Workflow w = d.tree(t.loaded());
            String n = t.id();
            Change c = Transitions.done(w, n, d.now());
            List<String> missing = ContractRules.missingOutputs(w, Rollup.apply(c.after()), engine.artifacts());
            if (!missing.isEmpty() && !force) {
                String owner = missing.get(0).substring(0, missing.get(0).indexOf(':'));
                throw WfException.rule("'" + n + "' is not done: its declared outputs are missing: "
                        + String.join("; ", missing), "write them, change the contract with wf edit " + owner
                        + " --remove-output NAME, or pass --force (it is logged)");
            }
            if (!missing.isEmpty()) {
                c = new Change(c.after(), c.events().stream().map(e -> n.equals(e.node())
                        && EventType.NODE_STATUS.wire().equals(e.type())
                        ? e.withData(Event.data("forced", true, "missing_outputs", missing)) : e).toList());
                d.notices.add("done without its declared outputs (logged): " + String.join("; ", missing));
            }
            d.apply(t.loaded(), c);
            return null;
        });
    }

    /** Skips a leaf; the pointer moves on if it was the current one. */
    public Outcome skip(String id, String why) {
        return onNode("wf skip", id, (w, n, now) -> Transitions.skip(w, n, why, now));
    }

    /** Marks a leaf blocked by something outside the tree. */
    public Outcome block(String id, String why) {
        return onNode("wf block", id, (w, n, now) -> Transitions.block(w, n, why, now));
    }

    /** Clears a block that no open fork holds. */
    public Outcome unblock(String id) {
        return onNode("wf unblock", id, (w, n, now) -> Transitions.unblock(w, n, now));
    }

    /** Opens a fork into a sub-workflow from the current step (or {@code from}), blocking it until the fork closes. */
    public Outcome fork(String reason, String id, String from, String returnTo) {
        return change("wf fork", d -> {
            Loaded l = from == null ? d.active() : Target.of(d, from).loaded();
            String origin = from == null ? null : Target.of(d, from).id();
            Forking.Opened o = Forking.open(d.tree(l), reason, id, origin, returnTo, d.now());
            Fork f = o.parent().after().forks().get(o.parent().after().forks().size() - 1);
            StateFolder sub = l.folder().fork(f.id(), f.subWorkflow());
            if (Files.exists(sub.dir())) {
                throw WfException.invalid("folder " + engine.project.relativize(sub.dir()) + " already exists",
                        "pick another fork id with --id");
            }
            d.create(sub, o.sub(), o.subEvents(), null); // first, so its folder is in place before the parent names it
            d.apply(l, o.parent());
            return "forked '" + f.id() + "' from '" + f.spawnedFrom() + "'; add its phases with wf add " + f.id()
                    + " TITLE";
        });
    }

    /** Merges the active (or named) fork if its sub-workflow is complete; otherwise says where to resume. */
    public Outcome resume(String handle) {
        return change("wf resume", d -> {
            Target t = Target.fork(d, handle);
            Loaded sub = t.sub();
            if (Rollup.goal(sub.workflow()) != GoalStatus.COMPLETED) {
                return notComplete(t.id(), sub.workflow());
            }
            d.apply(t.loaded(), Forking.merge(d.tree(t.loaded()), t.id(), sub.workflow(), d.now()));
            d.log(sub, List.of(Event.of(EventType.WORKFLOW_COMPLETED, null, null, null, "merged into "
                    + d.tree(t.loaded()).goal().id()).withFork(t.id())));
            return null;
        });
    }

    /** Closes an open fork as abandoned and returns to the step it came from. */
    public Outcome abandon(String handle, String why) {
        return change("wf abandon", d -> {
            Target t = Target.fork(d, handle);
            if (t.sub() != null && t.sub().workflow().forks().stream().anyMatch(Fork::isOpen)) {
                throw WfException.rule("fork '" + t.id() + "' has open forks of its own", "abandon or resume those"
                        + " first");
            }
            d.apply(t.loaded(), Forking.abandon(d.tree(t.loaded()), t.id(), why, d.now()));
            return null;
        });
    }

    /** The events of every workflow in the project that match, oldest first. */
    public LogReport log(LogQuery query) {
        return History.read(Scan.all(engine.project), query);
    }

    /** The log files of every workflow in the project. */
    public List<LogFile> logFiles() {
        return Scan.all(engine.project).stream().map(f -> new LogFile(f.folder().handle(), f.folder().log())).toList();
    }

    /**
     * Hands every event that is logged from now on, and matches the query, to {@code listener} (on another thread)
     * until the returned handle is closed. Follows the workflows that exist when it starts.
     */
    public AutoCloseable follow(LogQuery query, java.util.function.Consumer<dev.wf.core.report.LogEntry> listener) {
        return new Follower(logFiles(), query, listener);
    }

    /** Checks every workflow against the rules; with {@code fix}, repairs what can be derived (roll-up, pointer, views). */
    public CheckReport check(boolean fix) {
        return new Checker(engine).check(fix);
    }

    /** The seed's "done means" lists: for this session ({@code WF_SESSION}) and for the root workflow. */
    public DoneMeans doneMeans() {
        return engine.read(chain -> new Checker(engine).doneMeans());
    }

    /** Every workflow in the project: the root, forks at any depth, operation runs. */
    public List<WorkflowSummary> list() {
        List<WorkflowSummary> all = Scan.all(engine.project).stream().map(Workspace::summary).toList();
        List<WorkflowSummary> out = new java.util.ArrayList<>();
        for (WorkflowSummary s : all) { // each operation followed by its runs
            if (s.operation() == null) {
                out.add(s);
            }
            if (s.kind().equals("operation")) {
                String name = s.handle().substring(s.handle().lastIndexOf('/') + 1);
                all.stream().filter(r -> name.equals(r.operation())).forEach(out::add);
            }
        }
        all.stream().filter(r -> r.operation() != null && !out.contains(r)).forEach(out::add);
        return out;
    }

    /** The project's workflows as a picture or as data. */
    public String export(Export.Format format) {
        return engine.read(chain -> Export.render(format, Export.graph(Scan.all(engine.project).stream()
                .filter(f -> f.loaded() != null && !f.kind().equals("run"))
                .map(f -> Map.entry(f.folder().handle(), f.loaded().workflow())).toList())));
    }

    private static WorkflowSummary summary(Scan.Found f) {
        Workflow w = f.loaded() == null ? null : f.loaded().workflow();
        return new WorkflowSummary(f.kind(), f.folder().handle(), f.folder().label(),
                w == null ? null : w.goal().id(), w == null ? f.error().oneLine() : w.goal().title(),
                w == null ? "unreadable" : w.goal().status().yaml(), f.fork() == null ? null
                : f.fork().status().yaml(), f.fork() == null ? null : f.fork().returnTo(), f.depth(),
                f.kind().equals("run") ? Ladder.operationOf(f.folder().dir()) : null);
    }

    private interface NodeOp {
        Change apply(Workflow w, String nodeId, String now);
    }

    private Outcome onNode(String command, String id, NodeOp op) {
        return change(command, d -> {
            Target t = id == null ? Target.current(d) : Target.of(d, id);
            d.apply(t.loaded(), op.apply(d.tree(t.loaded()), t.id(), d.now()));
            return null;
        });
    }

    private Outcome change(String command, Function<Draft, String> op) {
        return change(command, Engine.Access.WRITE, op);
    }

    /**
     * Commits wf's own files (the state folders, PROGRESS.md, CONTEXT.md) and nothing else, with a message that sums
     * up the events since the last commit ({@code message} null); other staged or unstaged changes stay as they were.
     */
    public GitResult commit(String message) {
        return engine.change("wf commit", Engine.Access.WRITE, d -> new GitWork(engine).commit(message)
                .map(id -> new GitResult(id, List.of("committed wf's files as " + id.substring(0, 12))))
                .orElseGet(() -> new GitResult(null, List.of("nothing to commit: wf's files are as committed"))))
                .value();
    }

    /**
     * Sets command-line git up to merge wf's files with wf: .gitattributes, the merge driver in .git/config
     * ({@code launcher}: the shell command that runs wf; an existing driver is kept unless {@code replace}), and
     * .wf-merge ignored. Idempotent.
     */
    public GitResult gitSetup(String launcher, boolean replace) {
        return engine.change("wf git setup", Engine.Access.WRITE, d -> {
            List<String> did = new GitWork(engine).setup(launcher, replace);
            return new GitResult(null, did.isEmpty() ? List.of("already set up: nothing changed") : did);
        }).value();
    }

    /**
     * Commits wf's files, fetches {@code remote} (null: origin), merges (wf's files node by node and by union, the
     * rest by git; a conflict outside wf's files stops with nothing changed), renders the views again, and pushes.
     */
    public GitResult sync(String remote) {
        return engine.change("wf sync", Engine.Access.WRITE, d -> {
            List<String> did = new GitWork(engine).sync(remote == null ? "origin" : remote);
            String head = dev.wf.core.git.GitHead.read(engine.project).map(g -> g.head()).orElse(null);
            return new GitResult(head, did);
        }).value();
    }

    private Outcome change(String command, Engine.Access access, Function<Draft, String> op) {
        Engine.Committed<String> done = engine.change(command, access, op);
        Draft d = done.draft();
        if (!d.published.isEmpty()) {
            try {
                if (ProjectConfig.read(engine.home()).autocommit()) {
                    d.notices.addAll(commit(null).done());
                }
            } catch (WfException e) { // the change stands; only the autocommit failed
                d.notices.add("autocommit (.wf.yaml) failed: " + e.oneLine());
            }
        }
        String message = done.value();
        WhereReport where = d.where;
        boolean finished = d.published.stream().anyMatch(e -> e.type().equals(EventType.NODE_STATUS.wire())
                && ("done".equals(e.to()) || "skipped".equals(e.to())));
        if (message == null && finished && where != null) {
            message = afterFinishing(where);
        }
        return new Outcome(d.published, d.notices, message, where);
    }

    /** What to say when a step was finished and the pointer could not simply move on. */
    private static String afterFinishing(WhereReport w) {
        if (w.subWorkflowComplete()) {
            return "sub-workflow '" + w.goal().id() + "' is complete: run wf resume to return to its parent";
        }
        if (w.goal().status().equals(GoalStatus.COMPLETED.yaml())) {
            return "every phase is done or skipped: the workflow is complete";
        }
        if (w.current() != null && (w.current().status().equals("done") || w.current().status().equals("skipped"))) {
            return "nothing else can start now: what is left is blocked (see wf where)";
        }
        return null;
    }

    private static String notComplete(String forkId, Workflow sub) {
        long left = Nodes.leaves(sub.phases()).stream().filter(n -> !n.status().finished()).count();
        if (sub.phases().isEmpty()) {
            return "sub-workflow '" + forkId + "' has no phases yet: add them with wf add " + forkId + " TITLE";
        }
        String at = sub.currentNode() == null ? "" : "; resume at '" + sub.currentNode() + "'"
                + sub.node(sub.currentNode()).map(n -> " (" + n.title() + ")").orElse("");
        return "sub-workflow '" + forkId + "' is not complete: " + left + " step(s) left" + at;
    }

    static List<Survey.Level> levels(List<Loaded> chain) {
        return chain.stream().map(l -> new Survey.Level(l.workflow(), l.folder().handle())).toList();
    }

    private String template(String name) {
        try {
            return Views.template(engine.project, name);
        } catch (IOException e) {
            throw WfException.storage("cannot read template " + name + ": " + e.getMessage(), e);
        }
    }
}
