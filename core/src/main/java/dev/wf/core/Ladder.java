package dev.wf.core;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.ops.Graduation;
import dev.wf.core.ops.Operations;
import dev.wf.core.render.SkillFile;
import dev.wf.core.rules.Ids;
import dev.wf.core.rules.Paths;
import dev.wf.core.rules.Rollup;
import dev.wf.core.store.EventLog;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The seed's ladder above a single workflow: finishing one (with its "what shipped" note and the recur question),
 * graduating a finished sub-workflow into a host workflow or a skill, and operations: templates made from finished
 * workflows and instantiated once per period under {@code runs/}.
 */
final class Ladder {
    static final String PROGRESS = "PROGRESS.md";
    static final String OPERATIONS = "operations";
    static final String RUNS = "runs";
    private static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2])";

    private final Path project;
    private final Path home;

    /** {@code home} is where PROGRESS.md goes: the project, or the one holding this run or template. */
    Ladder(Path project, Path home) {
        this.project = project;
        this.home = home;
    }

    /** {@code wf finish}: refuses unfinished work, notes what shipped in PROGRESS.md, logs workflow.completed. */
    Function<Draft, String> finish(String shipped, boolean recur) {
        if (shipped == null || shipped.isBlank()) {
            throw WfException.invalid("--shipped needs the text of the \"what shipped\" note", null);
        }
        return d -> {
            d.active(); // the "no workflow here" error
            Loaded root = d.chain().get(0);
            Workflow w = d.tree(root);
            List<String> left = Nodes.leaves(w.phases()).stream().filter(n -> !n.status().finished())
                    .map(Node::id).toList();
            List<String> open = w.forks().stream().filter(Fork::isOpen).map(Fork::id).toList();
            if (w.phases().isEmpty()) {
                throw WfException.rule("there is nothing to finish: the workflow has no phases", null);
            }
            if (!left.isEmpty() || !open.isEmpty()) {
                throw WfException.rule("the workflow is not finished: " + (left.isEmpty() ? "" : left.size()
                        + " step(s) left: " + shortList(left)) + (left.isEmpty() || open.isEmpty() ? "" : "; ")
                        + (open.isEmpty() ? "" : "open fork(s): " + String.join(", ", open)),
                        "finish or skip the steps (wf done, wf skip ID --why), resume or abandon the forks");
            }
            if (finished(root)) {
                throw WfException.rule("the workflow '" + w.goal().id() + "' is already finished", "see PROGRESS.md");
            }
            d.log(root, List.of(Event.of(EventType.WORKFLOW_COMPLETED, null, null, null, "finished")
                    .withData(Event.data("shipped", shipped.strip(), "recur", recur ? "yes" : "no"))));
            Path progress = home.resolve(PROGRESS);
            d.files.put(progress, progressEntry(read(progress), d.now().substring(0, 10), w, shipped.strip(), recur));
            return "finished '" + w.goal().id() + "'; PROGRESS.md has the note" + (recur && home.equals(project)
                    ? ". It will recur: make it an operation (wf operation create NAME --from "
                            + project.relativize(root.folder().dir()) + ") and run it each period with wf run NAME,"
                            + " or graduate a finished fork of it (wf graduate FORK --into DIR | --skill NAME)"
                    : "; the state folder stays as the record");
        };
    }

    /** {@code wf graduate FORK --into DIR[#after-phase]}: a phase of the host points at the sub-workflow's outputs. */
    Function<Draft, String> graduateInto(String handle, String into, boolean force) {
        return d -> {
            Graduating g = graduating(d, handle, force);
            Target t = g.target();
            Fork f = g.fork();
            Workflow sub = g.sub();
            int hash = into == null ? -1 : into.indexOf('#');
            String dir = hash < 0 ? into : into.substring(0, hash);
            String after = hash < 0 ? null : into.substring(hash + 1);
            StateFolder host = folder(dir, "--into");
            if (host.dir().equals(t.loaded().folder().dir()) || host.dir().equals(t.sub().folder().dir())) {
                throw WfException.invalid("--into names the workflow the fork already belongs to",
                        "graduate into another, longer-running workflow (or an operation under operations/)");
            }
            Scan.all(project).stream().filter(x -> x.fork() != null && x.folder().dir().equals(host.dir()))
                    .findFirst().ifPresent(x -> {
                        throw WfException.invalid("--into names the sub-workflow of fork '" + x.fork().id() + "'",
                                "graduate into a project's workflow or an operation under operations/");
                    });
            Loaded h = d.load(host);
            if (after != null && d.tree(h).phases().stream().noneMatch(p -> p.id().equals(after))) {
                throw WfException.invalid("--into " + into + ": " + host.handle() + " has no phase '" + after + "'",
                        "name one of its phases after '#', or leave '#...' out to add the phase last");
            }
            Change added = Graduation.intoHost(d.tree(h), sub, f.id(), after, origin(t), d.now());
            d.apply(h, added);
            String phase = added.events().get(0).node();
            String target = host.handle() + "/" + phase;
            d.apply(t.loaded(), Graduation.mark(g.holder(), f.id(), target, d.now()));
            return "graduated fork '" + f.id() + "' into " + host.handle() + " as phase '" + phase
                    + "'; its inputs are the sub-workflow's outputs";
        };
    }

    /** {@code wf graduate FORK --skill NAME}: a SKILL.md whose process is the sub-workflow's phases and contracts. */
    Function<Draft, String> graduateSkill(String handle, String name, String out, List<String> triggers,
            boolean force) {
        if (!Ids.valid(name)) {
            throw WfException.invalid("skill name '" + name + "' is not a slug", "use lowercase letters, digits and"
                    + " '-', such as token-bucket");
        }
        if (out != null && !Paths.insideProject(out)) {
            throw WfException.invalid("--out '" + out + "' leaves the project", "use a folder inside the project");
        }
        return d -> {
            Graduating g = graduating(d, handle, force);
            Fork f = g.fork();
            Workflow sub = g.sub();
            Path dir = project.resolve(out == null ? ".claude/skills/" + name : out).normalize();
            Path file = dir.resolve("SKILL.md");
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw WfException.invalid("--out " + project.relativize(dir) + " is a file", "name a folder: the skill"
                        + " goes in FOLDER/SKILL.md");
            }
            if (Files.exists(file)) {
                throw WfException.rule(project.relativize(file) + " already exists", "pick another NAME, or --out DIR");
            }
            List<String> trig = triggers.isEmpty() ? SkillFile.triggers(sub, f.reason()) : triggers;
            d.files.put(file, SkillFile.render(name, trig, sub, origin(g.target()), d.now().substring(0, 10)));
            String target = project.relativize(dir).toString().replace('\\', '/');
            d.apply(g.target().loaded(), Graduation.mark(g.holder(), f.id(), target, d.now()));
            return "graduated fork '" + f.id() + "' into the skill " + target + "/SKILL.md";
        };
    }

    /** A fork about to graduate: where it is, the workflow holding it, the fork, and its finished sub-workflow. */
    private record Graduating(Target target, Workflow holder, Fork fork, Workflow sub) {
    }

    private Graduating graduating(Draft d, String handle, boolean force) {
        Target t = Target.fork(d, handle);
        Workflow holder = d.tree(t.loaded());
        Fork f = Graduation.graduatable(holder, t.id());
        premature(t.sub().workflow(), force);
        return new Graduating(t, holder, f, t.sub().workflow());
    }

    /** {@code wf operation create NAME --from PATH}: a finished workflow, reset, as the template of an operation. */
    Function<Draft, String> createOperation(String name, String from) {
        Ids.require(name);
        if (name.matches(PERIOD)) {
            throw WfException.invalid("operation name '" + name + "' looks like a period, and runs/" + name
                    + " would be taken for a run", "pick a name such as monthly-report");
        }
        return d -> {
            StateFolder target = operation(name);
            if (Files.exists(target.dir().getParent())) {
                throw WfException.rule("operation '" + name + "' already exists in " + OPERATIONS + "/" + name,
                        "pick another name");
            }
            StateFolder source = folder(from, "--from");
            Loaded src = d.load(source);
            Workflow w = d.tree(src);
            if (Rollup.goal(w) != GoalStatus.COMPLETED) {
                throw WfException.rule("'" + w.goal().id() + "' in " + source.handle() + " is not finished; only a"
                        + " finished workflow becomes an operation", "finish its phases first (see wf check --done)");
            }
            d.create(target, Operations.reset(w), List.of(Event.of(EventType.WORKFLOW_STARTED, null, null, null,
                    "operation template made from " + source.handle()).withData(Event.data("operation", name, "from",
                    source.handle()))), src.layout());
            Workspace.ignoreWorkingFiles(d, target.dir());
            return "made operation '" + name + "' in " + OPERATIONS + "/" + name + " from " + source.handle()
                    + "; start a cycle with wf run " + name + " --period YYYY-MM";
        };
    }

    /** {@code wf run NAME [--period YYYY-MM]}: a fresh instance of the operation under runs/. */
    Function<Draft, String> run(String name, String period, String today) {
        String p = period == null ? today.substring(0, 7) : period.strip();
        if (!p.matches(PERIOD)) {
            throw WfException.invalid("--period '" + p + "' is not a month", "write it as YYYY-MM, such as 2026-11");
        }
        return d -> {
            List<String> ops = operations();
            if (!ops.contains(name)) {
                throw WfException.invalid("no operation '" + name + "'" + (ops.isEmpty() ? "" : "; there are: "
                        + String.join(", ", ops)), "make one with wf operation create NAME --from PATH");
            }
            Path target = ops.size() == 1 ? project.resolve(RUNS).resolve(p) : project.resolve(RUNS).resolve(name)
                    .resolve(p);
            for (Path existing : List.of(project.resolve(RUNS).resolve(name).resolve(p), project.resolve(RUNS)
                    .resolve(p))) {
                Path state = existing.resolve(StateFolder.NAME);
                if (Files.exists(state) && (existing.equals(target) || name.equals(operationOf(state)))) {
                    throw WfException.rule("operation '" + name + "' has already run for " + p + " ("
                            + project.relativize(existing) + ")", "each period runs once; pick another --period");
                }
            }
            Loaded tpl = d.load(operation(name));
            Workflow template = d.tree(tpl);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("period", p);
            values.put("date", today.substring(0, 10));
            values.put("operation", name);
            values.put("goal", Operations.fill(template.goal().title(), values, new LinkedHashSet<>()));
            Set<String> missing = new LinkedHashSet<>();
            Workflow instance = Operations.fill(Operations.reset(template), values, missing);
            String folder = project.relativize(target).toString().replace('\\', '/');
            StateFolder run = new StateFolder(project, target.resolve(StateFolder.NAME), List.of(folder));
            Map<String, Object> data = Event.data("operation", name, "period", p, "template", OPERATIONS + "/" + name);
            d.create(run, instance, List.of(Event.of(EventType.RUN_STARTED, null, null, null, "run of " + name + " for "
                    + p).withData(data)), tpl.layout());
            Workspace.ignoreWorkingFiles(d, run.dir());
            d.log(tpl, List.of(Event.of(EventType.RUN_STARTED, null, null, null, "ran for " + p + " in " + folder)
                    .withData(Event.data("period", p, "run", folder))));
            if (!missing.isEmpty()) {
                d.notices.add("the template names unknown placeholders, written as [missing: key]: "
                        + String.join(", ", missing));
            }
            return "started " + name + " for " + p + " in " + folder + "; work on it with wf -C " + folder + " where";
        };
    }

    /** The names of the project's operations, sorted. */
    List<String> operations() {
        List<String> out = new ArrayList<>();
        Path dir = project.resolve(OPERATIONS);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                if (Files.isRegularFile(p.resolve(StateFolder.NAME).resolve(StateFolder.YAML))) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw WfException.storage("cannot list " + OPERATIONS + "/: " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    /** An operation's template: operations/NAME/workflow-state, so that {@code wf -C operations/NAME} edits it. */
    StateFolder operation(String name) {
        return new StateFolder(project, project.resolve(OPERATIONS).resolve(name).resolve(StateFolder.NAME),
                List.of(OPERATIONS + "/" + name));
    }

    /** The operation a run's state folder was made from, as its run.started event names it; null if none does. */
    static String operationOf(Path state) {
        try {
            for (Event e : EventLog.read(state.resolve(StateFolder.LOG)).events()) {
                if (EventType.RUN_STARTED.wire().equals(e.type()) && e.data().get("operation") != null) {
                    return String.valueOf(e.data().get("operation"));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** A workflow folder named on the command line: one holding workflow.yaml, or a project holding workflow-state/. */
    private StateFolder folder(String dir, String option) {
        if (dir == null || dir.isBlank() || !Paths.insideProject(dir)) {
            throw WfException.invalid(option + " '" + (dir == null ? "" : dir) + "' must be a folder inside the"
                    + " project", "name it relative to the project folder");
        }
        Path p = project.resolve(dir).normalize();
        String handle = project.relativize(p).toString().replace('\\', '/');
        for (Path state : List.of(p, p.resolve(StateFolder.NAME))) {
            if (Files.isRegularFile(state.resolve(StateFolder.YAML))) {
                return new StateFolder(project, state, List.of(handle.isEmpty() ? "." : handle));
            }
        }
        throw WfException.invalid("no workflow in " + dir, "name a folder that holds workflow.yaml or workflow-state/");
    }

    /** Refuses to graduate a pattern that has run once (the seed's premature graduation) unless forced. */
    private void premature(Workflow sub, boolean force) {
        if (force) {
            return;
        }
        String title = sub.goal().title().strip().toLowerCase(Locale.ROOT);
        long runs = Scan.all(project).stream().filter(f -> f.loaded() != null)
                .filter(f -> f.loaded().workflow().goal().title().strip().toLowerCase(Locale.ROOT).equals(title))
                .count();
        if (runs < 2) {
            throw WfException.rule("'" + sub.goal().title() + "' has run " + (runs <= 1 ? "once" : runs + " times")
                    + "; a pattern that ran once is not yet a recurring one",
                    "graduate it after its second or third run, or pass --force");
        }
    }

    private static String origin(Target t) {
        String handle = t.loaded().folder().handle();
        return "'" + t.loaded().workflow().goal().id() + "'" + (handle.isEmpty() ? "" : " (" + handle + ")");
    }

    /** Whether the workflow was finished, and nothing was added or changed status since. */
    private static boolean finished(Loaded root) {
        try {
            boolean finished = false;
            for (Event e : EventLog.read(root.folder().log()).events()) {
                if (EventType.WORKFLOW_COMPLETED.wire().equals(e.type()) && e.data().containsKey("recur")) {
                    finished = true;
                } else if (EventType.NODE_ADDED.wire().equals(e.type())
                        || EventType.NODE_STATUS.wire().equals(e.type())) {
                    finished = false;
                }
            }
            return finished;
        } catch (IOException e) {
            throw WfException.storage("cannot read " + root.folder().log() + ": " + e.getMessage(), e);
        }
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + ", ...";
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw WfException.storage("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** PROGRESS.md with a dated "what shipped" entry added at the end. */
    static String progressEntry(Optional<String> existing, String date, Workflow w, String shipped, boolean recur) {
        StringBuilder out = new StringBuilder(existing.orElse("# Progress\n\nWhat shipped, newest last.\n"));
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append("\n## ").append(date).append(": ").append(w.goal().title().strip()).append(" (")
                .append(w.goal().id()).append(")\n\n");
        out.append("- Shipped: ").append(shipped.replace("\n", " ")).append('\n');
        if (w.goal().output() != null) {
            out.append("- Promised: ").append(w.goal().output().strip()).append('\n');
        }
        out.append("- Will it recur? ").append(recur ? "yes" : "no").append('\n');
        return out.toString();
    }
}
