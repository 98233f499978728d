package dev.wf.core.render;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import java.util.List;
import java.util.Map;

/**
 * A Graphviz digraph: boxes for steps, a double octagon per goal, forks as dashed ellipses with dashed edges, and
 * each workflow's current step with a thick border.
 */
final class Dot {
    private Dot() {
    }

    static String render(Export.Graph g) {
        StringBuilder out = new StringBuilder("digraph wf {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n");
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            String handle = e.getKey();
            Workflow w = e.getValue();
            String goal = GraphIds.node(handle, w.goal().id());
            String current = Export.current(handle, w).orElse("");
            out.append("  ").append(goal).append(" [label=").append(label(g.hidden(goal), w.goal().title(),
                    w.goal().status().yaml())).append(", shape=doubleoctagon];\n");
            nodes(g, handle, goal, w.phases(), current, out);
            for (Fork f : w.forks()) {
                fork(g, handle, f, current, out);
            }
        }
        return out.append("}\n").toString();
    }

    private static void nodes(Export.Graph g, String handle, String parent, List<Node> nodes, String current,
            StringBuilder out) {
        for (Node n : nodes) {
            String id = GraphIds.node(handle, n.id());
            out.append("  ").append(id).append(" [label=").append(label(g.hidden(id), n.id() + ": " + n.title(),
                    n.status().yaml())).append(id.equals(current) ? ", penwidth=3" : "").append("];\n");
            out.append("  ").append(parent).append(" -> ").append(id).append(";\n");
            nodes(g, handle, id, n.tasks(), current, out);
        }
    }

    private static void fork(Export.Graph g, String handle, Fork f, String current, StringBuilder out) {
        String id = GraphIds.fork(handle, f.id());
        out.append("  ").append(id).append(" [label=").append(label(g.hidden(id), "fork " + f.id() + ": "
                + f.reason(), f.status().yaml())).append(", shape=ellipse, style=dashed")
                .append(id.equals(current) ? ", penwidth=3" : "").append("];\n");
        out.append("  ").append(GraphIds.node(handle, f.spawnedFrom())).append(" -> ").append(id)
                .append(" [style=dashed, label=\"forks\"];\n");
        out.append("  ").append(id).append(" -> ").append(GraphIds.node(handle, f.returnTo()))
                .append(" [style=dashed, color=purple, label=\"returns\"];\n");
        String sub = GraphIds.sub(handle, f.id());
        g.workflow(sub).ifPresent(w -> out.append("  ").append(id).append(" -> ")
                .append(GraphIds.node(sub, w.goal().id())).append(" [style=dotted];\n"));
    }

    /** A quoted label of two lines, text and status; each part escaped on its own so user text adds no breaks. */
    private static String label(int hidden, String text, String status) {
        return "\"" + escape(GraphIds.clip(text)) + "\\n" + status + (hidden > 0 ? "\\n+" + hidden + " more" : "")
                + "\"";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
