package dev.wf.core.store;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Goal;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Output;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a {@link Workflow} into YAML values with wf's fixed key order; unknown keys follow the known ones. */
final class WorkflowEncoder {
    private WorkflowEncoder() {
    }

    static YamlValue.Map encode(Workflow w) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(entry("goal", goal(w.goal()), false));
        e.add(entry("phases", seq(w.phases(), WorkflowEncoder::node), false));
        e.add(entry("forks", seq(w.forks(), WorkflowEncoder::fork), true));
        e.add(text("current_node", w.currentNode(), false));
        e.add(text("current_since", w.currentSince(), true));
        e.add(text("last_updated", w.lastUpdated(), true));
        return map(e, w.extras());
    }

    private static YamlValue goal(Goal g) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(text("id", g.id(), false));
        e.add(text("title", g.title(), false));
        e.add(text("status", g.status().yaml(), false));
        e.add(text("why", g.why(), true));
        e.add(text("output", g.output(), true));
        return map(e, g.extras());
    }

    private static YamlValue node(Node n) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(text("id", n.id(), false));
        e.add(text("title", n.title(), false));
        e.add(text("status", n.status().yaml(), false));
        e.add(text("completed_at", n.completedAt(), true));
        e.add(text("blocked_by", n.blockedBy(), true));
        e.add(text("updated_at", n.updatedAt(), true));
        e.add(entry("inputs", seq(n.inputs(), WorkflowEncoder::input), true));
        e.add(text("process", n.process(), true));
        e.add(text("script", n.script(), true));
        e.add(entry("outputs", seq(n.outputs(), WorkflowEncoder::output), true));
        e.add(text("notes", n.notes(), true));
        e.add(entry("tasks", seq(n.tasks(), WorkflowEncoder::node), true));
        return map(e, n.extras());
    }

    private static YamlValue input(Input i) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(text("source", i.source().yaml(), false));
        e.add(text("file", i.file(), false));
        e.add(text("section", i.section(), true));
        e.add(text("why", i.why(), true));
        return map(e, i.extras());
    }

    private static YamlValue output(Output o) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(text("artifact", o.artifact(), false));
        e.add(text("location", o.location(), true));
        e.add(text("format", o.format(), true));
        return map(e, o.extras());
    }

    private static YamlValue fork(Fork f) {
        List<YamlValue.Entry> e = new ArrayList<>();
        e.add(text("id", f.id(), false));
        e.add(text("spawned_at", f.spawnedAt(), true));
        e.add(text("spawned_from", f.spawnedFrom(), true));
        e.add(text("reason", f.reason(), true));
        e.add(text("sub_workflow", f.subWorkflow(), true));
        e.add(text("status", f.status().yaml(), false));
        e.add(text("return_to", f.returnTo(), true));
        e.add(text("closed_at", f.closedAt(), true));
        e.add(text("graduated_to", f.graduatedTo(), true));
        return map(e, f.extras());
    }

    private static YamlValue.Map map(List<YamlValue.Entry> known, Extras extras) {
        for (Map.Entry<String, Object> x : extras.values().entrySet()) {
            known.add(entry(x.getKey(), (YamlValue) x.getValue(), false));
        }
        return new YamlValue.Map(known, 0, 0);
    }

    private static <T> YamlValue seq(List<T> items, Function<T, YamlValue> f) {
        return new YamlValue.Seq(items.stream().map(f).toList(), 0, 0);
    }

    private static YamlValue.Entry text(String key, String value, boolean omittable) {
        return entry(key, YamlValue.Scalar.of(value), omittable);
    }

    private static YamlValue.Entry entry(String key, YamlValue value, boolean omittable) {
        return new YamlValue.Entry(key, value, 0, 0, omittable);
    }
}
