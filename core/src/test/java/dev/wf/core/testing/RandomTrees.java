package dev.wf.core.testing;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Pointer;
import dev.wf.core.rules.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random workflows from a seed: any depth, any statuses, and text that is hard to write as YAML. */
public final class RandomTrees {
    private static final String[] PIECES = {"a", "Zed", " ", ": ", " #", "#", "-", "\"", "'", "\\", "\n", "\t", "ü",
        "日本", "😀", "\u001b[31m", "true", "null", "12", "0x1F", "~", "[", "{", "}", "&x", "*x", "!tag", "|", ">", "%",
        "@", "`", "\r", "\u0085", "\u2028", ",", "?", "  ", "\n\n", "yes", "1e3", ".inf", "<<"};

    /** Pieces of text a person types, without the characters only a hostile test would: for the common path. */
    public static final String[] TAME = {"a", "Zed", " ", "Write the API", "docs/api.md#Errors", "ü", "日本", "-", "'",
        "\"", "#", ": ", "\n", "12", "true", "null", "(v2)", "[draft]", ", ", "~"};

    private final Random r;
    private final String[] pieces;
    private int next;

    public RandomTrees(long seed) {
        this(seed, PIECES);
    }

    /** Random workflows whose texts are made of these pieces. */
    public RandomTrees(long seed, String[] pieces) {
        this.r = new Random(seed);
        this.pieces = pieces.clone();
    }

    public Workflow workflow() {
        List<Node> phases = nodes(r.nextInt(5), 0);
        Workflow w = new Workflow(new Goal("goal", text(), GoalStatus.PLANNING, r.nextBoolean() ? text() : null,
                null, Extras.NONE), phases, List.of(), null, null, null, Extras.NONE);
        w = Rollup.apply(w);
        String cur = Pointer.nextLeaf(w, null).map(Node::id)
                .orElse(Nodes.leaves(w.phases()).stream().map(Node::id).findFirst().orElse(null));
        return Rollup.apply(w.withPointer(cur, "2026-01-01T00:00:00Z"));
    }

    private List<Node> nodes(int count, int depth) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Node> tasks = depth < 4 && r.nextInt(3) == 0 ? nodes(1 + r.nextInt(3), depth + 1) : List.of();
            NodeStatus status = NodeStatus.values()[r.nextInt(NodeStatus.values().length)];
            Node n = new Node("n" + (next++), text(), status, status.finished() ? "2026-01-0" + (1 + r.nextInt(9))
                    + "T00:00:00Z" : null, status == NodeStatus.BLOCKED ? text() : null, null, inputs(),
                    r.nextInt(4) == 0 ? text() : null, r.nextInt(6) == 0 ? "scripts/s" + r.nextInt(3) + ".py" : null,
                    outputs(), r.nextInt(4) == 0 ? text() : null, tasks,
                    Extras.NONE);
            out.add(n);
        }
        return out;
    }

    private List<Input> inputs() {
        List<Input> out = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
            out.add(new Input(SourceKind.values()[r.nextInt(3)], "docs/f" + r.nextInt(9) + ".md",
                    r.nextBoolean() ? Input.FULL_FILE : text(), r.nextBoolean() ? text() : null, null));
        }
        return out;
    }

    private List<Output> outputs() {
        return r.nextInt(4) == 0 ? List.of(new Output(text(), "out/x.md", r.nextBoolean() ? "markdown" : null, null))
                : List.of();
    }

    /** A non-blank string built from awkward pieces. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            s.append(pieces[r.nextInt(pieces.length)]);
        }
        return s.toString().isBlank() ? "x" + s : s.toString();
    }

    public Random random() {
        return r;
    }
}
