package dev.wf.core.ops;

import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node as plain data, for log events that must keep what was removed. Unknown keys are not carried. */
public final class NodeData {
    private NodeData() {
    }

    public static Map<String, Object> of(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("title", n.title());
        m.put("status", n.status().yaml());
        put(m, "completed_at", n.completedAt());
        put(m, "blocked_by", n.blockedBy());
        if (!n.inputs().isEmpty()) {
            m.put("inputs", n.inputs().stream().map(NodeData::input).toList());
        }
        put(m, "process", n.process());
        if (!n.outputs().isEmpty()) {
            m.put("outputs", n.outputs().stream().map(NodeData::output).toList());
        }
        put(m, "notes", n.notes());
        if (!n.isLeaf()) {
            List<Object> tasks = n.tasks().stream().map(t -> (Object) of(t)).toList();
            m.put("tasks", tasks);
        }
        return m;
    }

    private static Map<String, Object> input(Input i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", i.source().yaml());
        m.put("file", i.file());
        put(m, "section", i.section());
        put(m, "why", i.why());
        return m;
    }

    private static Map<String, Object> output(Output o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("artifact", o.artifact());
        put(m, "location", o.location());
        put(m, "format", o.format());
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
