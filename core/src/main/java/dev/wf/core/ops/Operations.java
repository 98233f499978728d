package dev.wf.core.ops;

import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workflows made from other workflows: an operation template from a finished workflow, a run from a template, a new
 * workflow from a template file; each is reset to a fresh start, and {@code {{placeholders}}} are filled in.
 */
public final class Operations {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private Operations() {
    }

    /**
     * The tree as a fresh instance: every status planned (parents follow by roll-up), completion and block times
     * cleared, forks dropped, the pointer on the first leaf.
     */
    public static Workflow reset(Workflow w) {
        List<Node> phases = w.phases().stream().map(Operations::reset).toList();
        Goal g = w.goal();
        String first = Nodes.leaves(phases).stream().findFirst().map(Node::id).orElse(null);
        return new Workflow(new Goal(g.id(), g.title(), GoalStatus.PLANNING, g.why(), g.output(), g.extras()), phases,
                List.of(), first, null, null, w.extras());
    }

    private static Node reset(Node n) {
        return n.withTransition(NodeStatus.PLANNED, null, null, null)
                .withTasks(n.tasks().stream().map(Operations::reset).toList());
    }

    /** Every {@code {{key}}} in the tree's text replaced from {@code values}; unknown keys become {@code [missing: key]}. */
    public static Workflow fill(Workflow w, Map<String, String> values, Set<String> missing) {
        Goal g = w.goal();
        Goal goal = new Goal(g.id(), fill(g.title(), values, missing), g.status(), fill(g.why(), values, missing),
                fill(g.output(), values, missing), g.extras());
        return w.withGoal(goal).withPhases(w.phases().stream().map(n -> fill(n, values, missing)).toList());
    }

    private static Node fill(Node n, Map<String, String> v, Set<String> missing) {
        List<Input> inputs = n.inputs().stream().map(i -> new Input(i.source(), fill(i.file(), v, missing),
                fill(i.section(), v, missing), fill(i.why(), v, missing), i.extras())).toList();
        List<Output> outputs = n.outputs().stream().map(o -> new Output(fill(o.artifact(), v, missing),
                fill(o.location(), v, missing), fill(o.format(), v, missing), o.extras())).toList();
        return n.withContent(fill(n.title(), v, missing), fill(n.process(), v, missing), fill(n.script(), v, missing),
                fill(n.notes(), v, missing), inputs, outputs)
                .withTasks(n.tasks().stream().map(t -> fill(t, v, missing)).toList());
    }

    /** The placeholder keys a text names. */
    public static Set<String> placeholders(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The text with each {@code {{key}}} replaced; a key without a value becomes {@code [missing: key]}. */
    public static String fill(String text, Map<String, String> values, Set<String> missing) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = values.get(key);
            if (value == null) {
                missing.add(key);
                value = "[missing: " + key + "]";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
