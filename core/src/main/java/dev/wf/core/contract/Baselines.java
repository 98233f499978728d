package dev.wf.core.contract;

import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content hashes a workflow's log recorded for each node's contract: when work on it started (the first
 * {@code in-progress} since it was last done) and when it was done. A node's {@code contract.recorded} events carry
 * them; {@link #events} makes those events for a change.
 */
public final class Baselines {
    /** One node's record: hashes of its inputs when work started, and of its inputs and outputs when it was done. */
    public record Baseline(Map<String, String> started, Map<String, String> startedBeforeDone,
            Map<String, String> doneInputs, Map<String, String> doneOutputs) {
    }

    private final Map<String, Baseline> byNode;

    private Baselines(Map<String, Baseline> byNode) {
        this.byNode = byNode;
    }

    public static final Baselines NONE = new Baselines(Map.of());

    public Baseline of(String node) {
        return byNode.get(node);
    }

    /** Reads the records from a log's events, oldest first. */
    public static Baselines from(List<Event> events) {
        Map<String, Baseline> out = new HashMap<>();
        for (Event e : events) {
            if (!EventType.CONTRACT_RECORDED.wire().equals(e.type()) || e.node() == null) {
                continue;
            }
            Baseline b = out.getOrDefault(e.node(), new Baseline(null, null, null, null));
            Map<String, String> inputs = strings(e.data().get("inputs"));
            if (NodeStatus.IN_PROGRESS.yaml().equals(e.to())) {
                out.put(e.node(), b.started() != null ? b : new Baseline(inputs, b.startedBeforeDone(),
                        b.doneInputs(), b.doneOutputs()));
            } else if (NodeStatus.DONE.yaml().equals(e.to())) {
                out.put(e.node(), new Baseline(null, b.started(), inputs, strings(e.data().get("outputs"))));
            }
        }
        return new Baselines(out);
    }

    /**
     * The {@code contract.recorded} events for a change from {@code before} to {@code after}: one for each node with a
     * contract that became in-progress or done, with the hashes of its inputs (and, when done, its outputs).
     */
    public static List<Event> events(Workflow before, Workflow after, Artifacts files) {
        List<Event> out = new ArrayList<>();
        Map<String, NodeStatus> was = statuses(before);
        for (Node n : Nodes.all(after.phases())) {
            if (n.inputs().isEmpty() && n.outputs().isEmpty()) {
                continue;
            }
            NodeStatus then = was.get(n.id());
            if (n.status() == then || (n.status() != NodeStatus.IN_PROGRESS && n.status() != NodeStatus.DONE)) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            Map<String, String> inputs = new LinkedHashMap<>();
            n.inputs().forEach(i -> inputs.put(Artifacts.key(i), files.hash(i)));
            data.put("inputs", inputs);
            if (n.status() == NodeStatus.DONE) {
                Map<String, String> outputs = new LinkedHashMap<>();
                n.outputs().stream().filter(o -> o.location() != null)
                        .forEach(o -> outputs.put(o.location(), files.hashLocation(o.location())));
                data.put("outputs", outputs);
            }
            out.add(Event.of(EventType.CONTRACT_RECORDED, n.id(), then == null ? null : then.yaml(), n.status().yaml(),
                    null).withData(data));
        }
        return out;
    }

    /** The status of every node of a workflow (none for null). */
    static Map<String, NodeStatus> statuses(Workflow w) {
        Map<String, NodeStatus> out = new HashMap<>();
        if (w != null) {
            Nodes.all(w.phases()).forEach(n -> out.putIfAbsent(n.id(), n.status()));
        }
        return out;
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), Objects.toString(v, Artifacts.MISSING)));
        }
        return out;
    }
}
