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
import java.util.Optional;

/** The project's workflows as a picture (Mermaid, Graphviz dot) or as data (JSON, Markdown). Pure. */
public final class Export {
    /** The formats of {@code wf export}. */
    public enum Format { MERMAID, DOT, JSON, MARKDOWN }

    /**
     * The workflows to draw: each with its handle (fork path; empty for the root), root first. {@code hidden} counts,
     * by graph id, the nodes folded into a drawn one when the picture was abridged ({@link Abridge}).
     */
    public record Graph(List<Map.Entry<String, Workflow>> workflows, Map<String, Integer> hidden) {
        public Graph {
            workflows = List.copyOf(workflows);
            hidden = Map.copyOf(hidden);
        }

        int hidden(String graphId) {
            return hidden.getOrDefault(graphId, 0);
        }

        Optional<Workflow> workflow(String handle) {
            return workflows.stream().filter(e -> e.getKey().equals(handle)).map(Map.Entry::getValue).findFirst();
        }
    }

    private Export() {
    }

    public static Graph graph(List<Map.Entry<String, Workflow>> workflows) {
        return new Graph(workflows, Map.of());
    }

    public static String render(Format f, Graph g) {
        return switch (f) {
            case MERMAID -> Mermaid.render(g);
            case DOT -> Dot.render(g);
            case JSON -> json(g);
            case MARKDOWN -> markdown(g);
        };
    }

    /** The graph id of the step or fork a workflow's pointer names, when the workflow has it. */
    static Optional<String> current(String handle, Workflow w) {
        String pointer = w.currentNode();
        if (pointer == null) {
            return Optional.empty();
        }
        if (w.fork(pointer).isPresent()) {
            return Optional.of(GraphIds.fork(handle, pointer));
        }
        return w.node(pointer).map(n -> GraphIds.node(handle, n.id()));
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
}
