package dev.wf.core.render;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import java.util.List;
import java.util.Map;

/**
 * A Mermaid flowchart: goals and steps as boxes coloured by status, forks as dashed stadiums with dotted edges to
 * their sub-workflow and back to where work returns, and each workflow's current step with a thick border.
 */
final class Mermaid {
    private static final String CLASSES = """
              classDef done fill:#d8f0d8,stroke:#3a3
              classDef inprogress fill:#fff3c4,stroke:#c90
              classDef blocked fill:#f8d0d0,stroke:#c33
              classDef skipped fill:#eee,stroke:#999
              classDef planned fill:#fff,stroke:#999
              classDef goal fill:#dde8ff,stroke:#36c
              classDef fork fill:#f0e0ff,stroke:#939,stroke-dasharray: 4 3
              classDef current stroke-width:4px
            """;

    private Mermaid() {
    }

    static String render(Export.Graph g) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (Map.Entry<String, Workflow> e : g.workflows()) {
            String handle = e.getKey();
            Workflow w = e.getValue();
            String goal = GraphIds.node(handle, w.goal().id());
            box(out, goal, "[", label(w.goal().title()) + "<br/>" + w.goal().status().yaml(), g.hidden(goal), "]",
                    "goal");
            nodes(g, handle, goal, w.phases(), out);
            for (Fork f : w.forks()) {
                fork(g, handle, f, out);
            }
            Export.current(handle, w).ifPresent(id -> out.append("  class ").append(id).append(" current\n"));
        }
        return out.append(CLASSES).toString();
    }

    private static void nodes(Export.Graph g, String handle, String parent, List<Node> nodes, StringBuilder out) {
        for (Node n : nodes) {
            String id = GraphIds.node(handle, n.id());
            box(out, id, "[", label(n.id()) + ": " + label(n.title()), g.hidden(id), "]",
                    n.status().yaml().replace("-", ""));
            out.append("  ").append(parent).append(" --> ").append(id).append('\n');
            nodes(g, handle, id, n.tasks(), out);
        }
    }

    private static void fork(Export.Graph g, String handle, Fork f, StringBuilder out) {
        String id = GraphIds.fork(handle, f.id());
        box(out, id, "([", "fork " + label(f.id()) + ": " + label(f.reason()) + "<br/>" + f.status().yaml(),
                g.hidden(id), "])", "fork");
        out.append("  ").append(GraphIds.node(handle, f.spawnedFrom())).append(" -. forks .-> ").append(id)
                .append('\n');
        out.append("  ").append(id).append(" -. returns .-> ").append(GraphIds.node(handle, f.returnTo()))
                .append('\n');
        String sub = GraphIds.sub(handle, f.id());
        g.workflow(sub).ifPresent(w -> out.append("  ").append(id).append(" -.-> ")
                .append(GraphIds.node(sub, w.goal().id())).append('\n'));
    }

    private static void box(StringBuilder out, String id, String open, String text, int hidden, String close,
            String style) {
        out.append("  ").append(id).append(open).append('"').append(text)
                .append(hidden > 0 ? "<br/>+" + hidden + " more" : "").append('"').append(close).append(":::")
                .append(style).append('\n');
    }

    /**
     * User text as a quoted mermaid label. Before it parses, mermaid turns {@code #name;} and {@code #123;} into
     * entities (so '#' itself is written as one), and drops the last ';' of a line where "style" or "classDef" comes
     * before a ':' and a '#' (so ':' is written as one too, and no node line can match). Written as entities as
     * well: what would end the string ('"'), start a markdown string ('`'), a directive ('%') or markup ('<', '>',
     * '&'). Its entity placeholders ("ﬂ°", "¶ß") are decoded more than once, so a zero-width non-joiner splits them.
     */
    static String label(String s) {
        StringBuilder out = new StringBuilder();
        GraphIds.clip(s).codePoints().forEach(c -> out.append(switch (c) {
            case '#' -> "#35;";
            case ':' -> "#58;";
            case '"' -> "#quot;";
            case '<' -> "#lt;";
            case '>' -> "#gt;";
            case '&' -> "#amp;";
            case '`' -> "#96;";
            case '%' -> "#37;";
            case 0xFB02, 0xB6 -> Character.toString(c) + "\u200c";
            default -> Character.toString(c);
        }));
        return out.toString();
    }
}
