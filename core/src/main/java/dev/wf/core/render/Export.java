package dev.wf.core.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.NodeData;
import dev.wf.core.store.JsonData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The project's workflows as a picture (Mermaid, Graphviz dot) or as data (JSON, Markdown). Pure. */
public final class Export {
    /** The formats of {@code wf export}. */
    public enum Format { MERMAID, DOT, JSON, MARKDOWN }

    /** The workflows to draw: each with its handle (fork path; empty for the root), root first. */
    public record Graph(List<Map.Entry<String, Workflow>> workflows) {
        public Graph {
            workflows = List.copyOf(workflows);
        }
    }

    private Export() {
    }

    public static Graph graph(List<Map.Entry<String, Workflow>> workflows) {
        return new Graph(workflows);
    }

    public static String render(Format f, Graph g) {
        return switch (f) {
            case MERMAID -> mermaid(g);
            case DOT -> dot(g);
            case JSON -> json(g);
            case MARKDOWN -> markdown(g);
        };
    }

    static String mermaid(Graph g) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            Workflow w = e.getValue();
            String goal = key(e.getKey(), w.goal().id());
            out.append("  ").append(goal).append("[\"").append(label(w.goal().title())).append("<br/>")
                    .append(w.goal().status().yaml()).append("\"]:::goal\n");
            edges(w.phases(), goal, e.getKey(), out, (from, n) -> {
                out.append("  ").append(key(e.getKey(), n.id())).append("[\"").append(label(n.id() + ": " + n.title()))
                        .append("\"]:::").append(n.status().yaml().replace("-", "")).append('\n');
                out.append("  ").append(from).append(" --> ").append(key(e.getKey(), n.id())).append('\n');
            });
            for (Fork f : w.forks()) {
                String fk = key(e.getKey(), "fork-" + f.id());
                out.append("  ").append(fk).append("([\"fork ").append(label(f.id() + ": " + f.reason()))
                        .append("\"]):::fork\n");
                out.append("  ").append(key(e.getKey(), f.spawnedFrom())).append(" -. forks .-> ").append(fk).append('\n');
                out.append("  ").append(fk).append(" -. returns .-> ").append(key(e.getKey(), f.returnTo())).append('\n');
                String sub = e.getKey().isEmpty() ? f.id() : e.getKey() + "/" + f.id();
                g.workflows().stream().filter(x -> x.getKey().equals(sub)).findFirst().ifPresent(x -> out.append("  ")
                        .append(fk).append(" -.-> ").append(key(sub, x.getValue().goal().id())).append('\n'));
            }
        }
        out.append("  classDef done fill:#d8f0d8,stroke:#3a3\n  classDef inprogress fill:#fff3c4,stroke:#c90\n")
                .append("  classDef blocked fill:#f8d0d0,stroke:#c33\n  classDef skipped fill:#eee,stroke:#999\n")
                .append("  classDef planned fill:#fff,stroke:#999\n  classDef goal fill:#dde8ff,stroke:#36c\n")
                .append("  classDef fork fill:#f0e0ff,stroke:#939,stroke-dasharray: 4 3\n");
        return out.toString();
    }

    static String dot(Graph g) {
        StringBuilder out = new StringBuilder("digraph wf {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n");
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            Workflow w = e.getValue();
            String goal = key(e.getKey(), w.goal().id());
            out.append("  ").append(goal).append(" [label=\"").append(dotLabel(w.goal().title() + "\\n"
                    + w.goal().status().yaml())).append("\", shape=doubleoctagon];\n");
            edges(w.phases(), goal, e.getKey(), out, (from, n) -> {
                out.append("  ").append(key(e.getKey(), n.id())).append(" [label=\"").append(dotLabel(n.id() + ": "
                        + n.title() + "\\n" + n.status().yaml())).append("\"];\n");
                out.append("  ").append(from).append(" -> ").append(key(e.getKey(), n.id())).append(";\n");
            });
            for (Fork f : w.forks()) {
                String fk = key(e.getKey(), "fork-" + f.id());
                out.append("  ").append(fk).append(" [label=\"").append(dotLabel("fork " + f.id() + ": " + f.reason()
                        + "\\n" + f.status().yaml())).append("\", shape=ellipse, style=dashed];\n");
                out.append("  ").append(key(e.getKey(), f.spawnedFrom())).append(" -> ").append(fk)
                        .append(" [style=dashed, label=\"forks\"];\n");
                out.append("  ").append(fk).append(" -> ").append(key(e.getKey(), f.returnTo()))
                        .append(" [style=dashed, color=purple, label=\"returns\"];\n");
            }
        }
        return out.append("}\n").toString();
    }

    static String markdown(Graph g) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            Workflow w = e.getValue();
            out.append(e.getKey().isEmpty() ? "# " : "## fork " + Safe.line(e.getKey()) + ": ")
                    .append(Safe.line(w.goal().title())).append(" (").append(w.goal().status().yaml()).append(")\n\n");
            if (w.goal().why() != null) {
                out.append(Safe.line(w.goal().why())).append("\n\n");
            }
            list(w.phases(), 0, w.currentNode(), out);
            for (Fork f : w.forks()) {
                out.append("- fork `").append(Safe.line(f.id())).append("` (").append(f.status().yaml()).append("): ")
                        .append(Safe.line(f.reason())).append(", from ").append(Safe.line(f.spawnedFrom()))
                        .append(", returns to ").append(Safe.line(f.returnTo())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void list(List<Node> nodes, int depth, String current, StringBuilder out) {
        for (Node n : nodes) {
            out.append("  ".repeat(depth)).append("- [").append(TreeText.glyph(n.status().yaml())).append("] ")
                    .append(Safe.line(n.id())).append(": ").append(Safe.line(n.title())).append(" (")
                    .append(n.status().yaml()).append(')').append(n.id().equals(current) ? " ← current" : "")
                    .append('\n');
            list(n.tasks(), depth + 1, current, out);
        }
    }

    static String json(Graph g) {
        List<Object> workflows = new ArrayList<>();
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            Workflow w = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("handle", e.getKey());
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("id", w.goal().id());
            goal.put("title", w.goal().title());
            goal.put("status", w.goal().status().yaml());
            goal.put("why", w.goal().why());
            m.put("goal", goal);
            m.put("current_node", w.currentNode());
            m.put("phases", w.phases().stream().map(n -> (Object) NodeData.of(n)).toList());
            m.put("forks", w.forks().stream().map(Export::fork).toList());
            workflows.add(m);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            JsonData.write(gen, Map.of("workflows", workflows));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out + "\n";
    }

    private static Object fork(Fork f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("status", f.status().yaml());
        m.put("reason", f.reason());
        m.put("spawned_from", f.spawnedFrom());
        m.put("return_to", f.returnTo());
        m.put("sub_workflow", f.subWorkflow());
        return m;
    }

    private interface Visit {
        void node(String from, Node n);
    }

    private static void edges(List<Node> nodes, String from, String handle, StringBuilder out, Visit v) {
        for (Node n : nodes) {
            v.node(from, n);
            edges(n.tasks(), key(handle, n.id()), handle, out, v);
        }
    }

    /** A graph node id that no two (handle, id) pairs share: '-' and '/' are spelled out, '__' separates. */
    private static String key(String handle, String id) {
        return "n_" + spell(handle) + "__" + spell(id);
    }

    private static String spell(String s) {
        return (s == null ? "" : s).replace("-", "_h").replace("/", "_s").replaceAll("[^A-Za-z0-9_]", "_x");
    }

    private static String label(String s) {
        return Safe.line(s).replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String dotLabel(String s) {
        return Safe.line(s).replace("\\", "\\\\").replace("\\\\n", "\\n").replace("\"", "\\\"");
    }
}
