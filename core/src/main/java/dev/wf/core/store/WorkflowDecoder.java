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

    /** Where a value is, as messages name it ({@code phases[2].tasks[0].title}): spelled out only for a message. */
    private record At(At parent, String key, int index) {
        /** The document's top: its keys are named alone ({@code phases}, not a path). */
        static final At TOP = new At(null, null, -1);

        static At of(String name) {
            return new At(null, name, -1);
        }

        At key(String k) {
            return this == TOP ? of(k) : new At(this, k, -1);
        }

        At item(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            return parent == null ? key : parent + (key != null ? "." + key : "[" + index + "]");
        }
    }

    Workflow decode(YamlValue root) {
        if (root == null) {
            throw new WfException(ErrorKind.INVALID_INPUT, "the file is empty", file,
                    "restore it from git or start again with wf start");
        }
        YamlValue.Map top = map(root, At.of("the document"));
        Goal goal = goal(required(top, "goal", At.of("the document")));
        List<Node> phases = list(top, "phases", At.TOP, this::node);
        List<Fork> forks = list(top, "forks", At.TOP, this::fork);
        return new Workflow(goal, phases, forks, text(top, "current_node", At.TOP),
                text(top, "current_since", At.TOP), text(top, "last_updated", At.TOP), extras(top, TOP));
    }

    private Goal goal(YamlValue v) {
        At at = At.of("goal");
        YamlValue.Map m = map(v, at);
        String status = text(m, "status", at);
        GoalStatus parsed = status == null ? GoalStatus.PLANNING : GoalStatus.parse(status).orElseThrow(
                () -> bad(m.get("status").value(), at.key("status"), "'" + status + "' is not a goal status",
                        "allowed: " + GoalStatus.allowed()));
        return new Goal(requiredText(m, "id", at), text(m, "title", at), parsed, text(m, "why", at),
                text(m, "output", at), extras(m, GOAL));
    }

    private Node node(YamlValue v, At at) {
        YamlValue.Map m = map(v, at);
        String status = text(m, "status", at);
        NodeStatus parsed = status == null ? NodeStatus.PLANNED : NodeStatus.parse(status).orElseThrow(
                () -> bad(m.get("status").value(), at.key("status"), "'" + status + "' is not a status",
                        "allowed: " + NodeStatus.allowed()));
        return new Node(requiredText(m, "id", at), text(m, "title", at), parsed, text(m, "completed_at", at),
                text(m, "blocked_by", at), text(m, "updated_at", at), list(m, "inputs", at, this::input),
                text(m, "process", at), text(m, "script", at), list(m, "outputs", at, this::output),
                text(m, "notes", at), list(m, "tasks", at, this::node), extras(m, NODE));
    }

    private Input input(YamlValue v, At at) {
        YamlValue.Map m = map(v, at);
        String source = requiredText(m, "source", at);
        SourceKind kind = SourceKind.parse(source).orElseThrow(() -> bad(m.get("source").value(),
                at.key("source"), "'" + source + "' is not an input source", "allowed: " + SourceKind.allowed()));
        return new Input(kind, requiredText(m, "file", at), text(m, "section", at), text(m, "why", at),
                extras(m, INPUT));
    }

    private Output output(YamlValue v, At at) {
        YamlValue.Map m = map(v, at);
        return new Output(requiredText(m, "artifact", at), text(m, "location", at), text(m, "format", at),
                extras(m, OUTPUT));
    }

    private Fork fork(YamlValue v, At at) {
        YamlValue.Map m = map(v, at);
        String status = requiredText(m, "status", at);
        ForkStatus parsed = ForkStatus.parse(status).orElseThrow(() -> bad(m.get("status").value(),
                at.key("status"), "'" + status + "' is not a fork status", "allowed: " + ForkStatus.allowed()));
        return new Fork(requiredText(m, "id", at), text(m, "spawned_at", at), text(m, "spawned_from", at),
                text(m, "reason", at), text(m, "sub_workflow", at), parsed, text(m, "return_to", at),
                text(m, "closed_at", at), text(m, "graduated_to", at), extras(m, FORK));
    }

    private interface Item<T> {
        T read(YamlValue value, At at);
    }

    /** The list under {@code key} of the mapping at {@code at}. */
    private <T> List<T> list(YamlValue.Map m, String key, At at, Item<T> item) {
        YamlValue.Entry e = m.get(key);
        if (e == null || isNull(e.value())) {
            return List.of();
        }
        At here = at.key(key);
        if (!(e.value() instanceof YamlValue.Seq seq)) {
            throw bad(e.value(), here, "expected a list, found " + kind(e.value()), "write it as '- ...' items");
        }
        List<T> out = new ArrayList<>(seq.items().size());
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(item.read(seq.items().get(i), here.item(i)));
        }
        return out;
    }

    private YamlValue.Map map(YamlValue v, At at) {
        if (v instanceof YamlValue.Map m) {
            return m;
        }
        throw bad(v, at, "expected a mapping of keys, found " + kind(v), "see the schema in README.md");
    }

    private YamlValue required(YamlValue.Map m, String key, At at) {
        YamlValue.Entry e = m.get(key);
        if (e == null || isNull(e.value())) {
            throw bad(m, at, "'" + key + "' is missing", "a workflow starts with 'goal:' holding its id and title");
        }
        return e.value();
    }

    private String requiredText(YamlValue.Map m, String key, At at) {
        String v = text(m, key, at);
        if (v == null || v.isBlank()) {
            throw bad(m, at, "'" + key + "' is missing", "add '" + key + ":' to it");
        }
        return v;
    }

    /** The text under {@code key} of the mapping at {@code at}, or null. */
    private String text(YamlValue.Map m, String key, At at) {
        YamlValue.Entry e = m.get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YamlValue.Scalar s) {
            return s.value();
        }
        throw bad(e.value(), at.key(key), "expected text, found " + kind(e.value()),
                "write it as one value");
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

    private WfException bad(YamlValue value, At at, String problem, String hint) {
        String where = value.line() > 0 ? file + ":" + value.line() + ":" + value.column() : file;
        return new WfException(ErrorKind.INVALID_INPUT, at + ": " + problem, where, hint);
    }

    private static boolean isNull(YamlValue v) {
        return v instanceof YamlValue.Scalar s && s.value() == null;
    }

    private static String kind(YamlValue v) {
        return v instanceof YamlValue.Map ? "a mapping" : v instanceof YamlValue.Seq ? "a list" : "a single value";
    }
}
