package dev.wf.core.report;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Names what a hand edit changed between two versions of a workflow, node by node. */
public final class EditDiff {
    private EditDiff() {
    }

    public static List<String> between(Workflow before, Workflow after) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.goal(), after.goal())) {
            out.add("goal changed");
        }
        Map<String, Node> old = index(before);
        Map<String, Node> now = index(after);
        for (Map.Entry<String, Node> e : now.entrySet()) {
            Node was = old.get(e.getKey());
            if (was == null) {
                out.add("node '" + e.getKey() + "' added");
            } else if (was.status() != e.getValue().status()) {
                out.add("node '" + e.getKey() + "' status " + was.status().yaml() + " → "
                        + e.getValue().status().yaml());
            } else if (!sameOwnFields(was, e.getValue())) {
                out.add("node '" + e.getKey() + "' changed");
            }
        }
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> out.add("node '" + id + "' removed"));
        if (!Objects.equals(before.forks(), after.forks())) {
            List<String> ids = after.forks().stream().map(Fork::id).toList();
            out.add("forks changed (" + String.join(", ", ids) + ")");
        }
        if (!Objects.equals(before.currentNode(), after.currentNode())) {
            out.add("current_node " + before.currentNode() + " → " + after.currentNode());
        }
        if (out.isEmpty()) {
            out.add(before.equals(after) ? "comments or formatting only" : "unknown keys changed");
        }
        return out;
    }

    private static boolean sameOwnFields(Node a, Node b) {
        return a.withTasks(List.of()).equals(b.withTasks(List.of()))
                && a.tasks().stream().map(Node::id).toList().equals(b.tasks().stream().map(Node::id).toList());
    }

    private static Map<String, Node> index(Workflow w) {
        Map<String, Node> m = new LinkedHashMap<>();
        Nodes.all(w.phases()).forEach(n -> m.putIfAbsent(n.id(), n));
        return m;
    }
}
