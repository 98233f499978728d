package dev.wf.core.store;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Extras;
import dev.wf.core.model.Fork;
import dev.wf.core.model.ForkStatus;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a YAML document into a {@link Workflow}, naming the path, line and allowed values of anything wrong. */
final class WorkflowDecoder {
    private static final Set<String> TOP = Set.of("goal", "phases", "forks", "current_node", "current_since",
            "last_updated");
    private static final Set<String> GOAL = Set.of("id", "title", "status", "why", "output");
    private static final Set<String> NODE = Set.of("id", "title", "status", "completed_at", "blocked_by",
            "updated_at", "inputs", "process", "script", "outputs", "notes", "tasks");
    private static final Set<String> INPUT = Set.of("source", "file", "section", "why");
    private static final Set<String> OUTPUT = Set.of("artifact", "location", "format");
    private static final Set<String> FORK = Set.of("id", "spawned_at", "spawned_from", "reason", "sub_workflow",
            "status", "return_to", "closed_at", "graduated_to");

    private final String file;

    WorkflowDecoder(String file) {
        this.file = file;
    }

    Workflow decode(YamlValue root) {
        if (root == null) {
            throw new WfException(ErrorKind.INVALID_INPUT, "the file is empty", file,
                    "restore it from git or start again with wf start");
        }
        YamlValue.Map top = map(root, "the document");
        Goal goal = goal(required(top, "goal", "the document"));
        List<Node> phases = list(top, "phases", "phases", this::node);
        List<Fork> forks = list(top, "forks", "forks", this::fork);
        return new Workflow(goal, phases, forks, text(top, "current_node", "current_node"),
                text(top, "current_since", "current_since"), text(top, "last_updated", "last_updated"),
                extras(top, TOP));
    }

    private Goal goal(YamlValue v) {
        YamlValue.Map m = map(v, "goal");
        String status = text(m, "status", "goal.status");
        GoalStatus parsed = status == null ? GoalStatus.PLANNING : GoalStatus.parse(status).orElseThrow(
                () -> bad(m.entry("status").get().value(), "goal.status", "'" + status + "' is not a goal status",
                        "allowed: " + GoalStatus.allowed()));
        return new Goal(requiredText(m, "id", "goal"), text(m, "title", "goal.title"), parsed,
                text(m, "why", "goal.why"), text(m, "output", "goal.output"), extras(m, GOAL));
    }

    private Node node(YamlValue v, String path) {
        YamlValue.Map m = map(v, path);
        String status = text(m, "status", path + ".status");
        NodeStatus parsed = status == null ? NodeStatus.PLANNED : NodeStatus.parse(status).orElseThrow(
                () -> bad(m.entry("status").get().value(), path + ".status", "'" + status + "' is not a status",
                        "allowed: " + NodeStatus.allowed()));
        return new Node(requiredText(m, "id", path), text(m, "title", path + ".title"), parsed,
                text(m, "completed_at", path + ".completed_at"), text(m, "blocked_by", path + ".blocked_by"),
                text(m, "updated_at", path + ".updated_at"), list(m, "inputs", path + ".inputs", this::input),
                text(m, "process", path + ".process"), text(m, "script", path + ".script"),
                list(m, "outputs", path + ".outputs", this::output),
                text(m, "notes", path + ".notes"), list(m, "tasks", path + ".tasks", this::node), extras(m, NODE));
    }

    private Input input(YamlValue v, String path) {
        YamlValue.Map m = map(v, path);
        String source = requiredText(m, "source", path);
        SourceKind kind = SourceKind.parse(source).orElseThrow(() -> bad(m.entry("source").get().value(),
                path + ".source", "'" + source + "' is not an input source", "allowed: " + SourceKind.allowed()));
        return new Input(kind, requiredText(m, "file", path), text(m, "section", path + ".section"),
                text(m, "why", path + ".why"), extras(m, INPUT));
    }

    private Output output(YamlValue v, String path) {
        YamlValue.Map m = map(v, path);
        return new Output(requiredText(m, "artifact", path), text(m, "location", path + ".location"),
                text(m, "format", path + ".format"), extras(m, OUTPUT));
    }

    private Fork fork(YamlValue v, String path) {
        YamlValue.Map m = map(v, path);
        String status = requiredText(m, "status", path);
        ForkStatus parsed = ForkStatus.parse(status).orElseThrow(() -> bad(m.entry("status").get().value(),
                path + ".status", "'" + status + "' is not a fork status", "allowed: " + ForkStatus.allowed()));
        return new Fork(requiredText(m, "id", path), text(m, "spawned_at", path + ".spawned_at"),
                text(m, "spawned_from", path + ".spawned_from"), text(m, "reason", path + ".reason"),
                text(m, "sub_workflow", path + ".sub_workflow"), parsed, text(m, "return_to", path + ".return_to"),
                text(m, "closed_at", path + ".closed_at"), text(m, "graduated_to", path + ".graduated_to"),
                extras(m, FORK));
    }

    private interface Item<T> {
        T read(YamlValue value, String path);
    }

    private <T> List<T> list(YamlValue.Map m, String key, String path, Item<T> item) {
        Optional<YamlValue.Entry> e = m.entry(key);
        if (e.isEmpty() || isNull(e.get().value())) {
            return List.of();
        }
        if (!(e.get().value() instanceof YamlValue.Seq seq)) {
            throw bad(e.get().value(), path, "expected a list, found " + kind(e.get().value()), "write it as '- ...' items");
        }
        List<T> out = new ArrayList<>(seq.items().size());
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(item.read(seq.items().get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private YamlValue.Map map(YamlValue v, String path) {
        if (v instanceof YamlValue.Map m) {
            return m;
        }
        throw bad(v, path, "expected a mapping of keys, found " + kind(v), "see the schema in README.md");
    }

    private YamlValue required(YamlValue.Map m, String key, String path) {
        return m.entry(key).map(YamlValue.Entry::value).filter(v -> !isNull(v)).orElseThrow(() -> bad(m,
                path, "'" + key + "' is missing", "a workflow starts with 'goal:' holding its id and title"));
    }

    private String requiredText(YamlValue.Map m, String key, String path) {
        String v = text(m, key, path + "." + key);
        if (v == null || v.isBlank()) {
            throw bad(m, path, "'" + key + "' is missing", "add '" + key + ":' to it");
        }
        return v;
    }

    private String text(YamlValue.Map m, String key, String path) {
        Optional<YamlValue.Entry> e = m.entry(key);
        if (e.isEmpty()) {
            return null;
        }
        if (e.get().value() instanceof YamlValue.Scalar s) {
            return s.value();
        }
        throw bad(e.get().value(), path, "expected text, found " + kind(e.get().value()), "write it as one value");
    }

    private static Extras extras(YamlValue.Map m, Set<String> known) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlValue.Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                out.put(e.key(), e.value());
            }
        }
        return out.isEmpty() ? Extras.NONE : new Extras(out);
    }

    private WfException bad(YamlValue at, String path, String problem, String hint) {
        String where = at.line() > 0 ? file + ":" + at.line() + ":" + at.column() : file;
        return new WfException(ErrorKind.INVALID_INPUT, path + ": " + problem, where, hint);
    }

    private static boolean isNull(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.value() == null;
    }

    private static String kind(YamlValue v) {
        return v instanceof YamlValue.Map ? "a mapping" : v instanceof YamlValue.Seq ? "a list" : "a single value";
    }
}
