package dev.wf.core.testing;

import static dev.wf.core.testing.Trees.mergedFork;
import static dev.wf.core.testing.Trees.openFork;
import static dev.wf.core.testing.Trees.sub;
import static dev.wf.core.testing.Trees.titled;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Goal;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.render.Export;
import dev.wf.core.rules.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Graphs to draw in tests: a small project with a nested fork (the golden files), and one with hostile titles. */
public final class Pictures {
    /** Titles that have broken diagram text somewhere: quotes, brackets, entities, markup, directives, length. */
    public static final List<String> HOSTILE = List.of(
            "a \"quoted\" title", "[brackets] {braces} (parens) |pipes|", "C# & F#; #quot; #35; #1;", "semi;colons;",
            "`backticks` and ```fences```", "<script>alert(1)</script>", "<!-- wf:end -->", "日本語 – ünïcödé",
            "emoji 🚀✅👩‍💻", "%%{init: {\"theme\":\"dark\"}}%%", "style:#fff; classDef x fill:#f00;",
            "ﬂ°quot¶ß entity look-alike", "back\\slash \\n not a break", "end", "A --> B -.-> C ::: x",
            "tab\tand\u001b[31mescape\u202e bidi", "x".repeat(500), "🚀".repeat(100));

    private Pictures() {
    }

    /**
     * The root designs, builds and ships. Sketching forked into a spike, merged since; the API forked into auth, which
     * forked into choosing a vault. The pointer leads root › auth › vault › pick.
     */
    public static Export.Graph nestedFork() {
        Workflow root = Rollup.apply(Trees.workflow("auth",
                Trees.parent("design", titled("sketch", "Sketch the report layout", NodeStatus.DONE),
                        titled("review", "Review with partners", NodeStatus.DONE)),
                Trees.parent("build", titled("api", "GET /reports", NodeStatus.BLOCKED),
                        titled("ui", "Report page", NodeStatus.PLANNED)),
                titled("ship", "Ship it", NodeStatus.PLANNED))
                .withForks(List.of(mergedFork("spike", "sketch"), openFork("auth", "api"))));
        Workflow auth = sub("auth", "Auth for partners", "vault",
                titled("tokens", "Issue tokens", NodeStatus.IN_PROGRESS),
                titled("storage", "Store secrets", NodeStatus.BLOCKED)).withForks(List.of(openFork("vault", "storage")));
        Workflow vault = sub("vault", "Pick a vault", "pick", titled("pick", "Pick a vault product",
                NodeStatus.PLANNED));
        Workflow spike = sub("spike", "Try a chart library", "try", titled("try", "Try two chart libraries",
                NodeStatus.DONE));
        return Export.graph(List.of(Map.entry("", root), Map.entry("spike", spike), Map.entry("auth", auth),
                Map.entry("auth/vault", vault)));
    }

    /** Every hostile text as a goal, a step, a fork reason and a sub-workflow goal, with ids full of separators. */
    public static Export.Graph hostile() {
        List<Node> steps = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            steps.add(titled("step-" + i + ".v1_x", HOSTILE.get(i), NodeStatus.values()[i % 5]));
        }
        List<Map.Entry<String, Workflow>> out = new ArrayList<>();
        Workflow root = Rollup.apply(Trees.workflow("step-0.v1_x", steps.toArray(Node[]::new)));
        List<Fork> forks = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            Fork f = openFork("fork-" + i, "step-" + i + ".v1_x");
            forks.add(new Fork(f.id(), f.spawnedAt(), f.spawnedFrom(), HOSTILE.get(i),
                    f.subWorkflow(), f.status(), f.returnTo(), null, null, null));
            out.add(Map.entry("fork-" + i, sub("fork-" + i, HOSTILE.get(i), "s", titled("s", HOSTILE.get(i),
                    NodeStatus.PLANNED))));
        }
        Goal g = root.goal();
        Workflow titled = root.withGoal(new Goal(g.id(), String.join(" ", HOSTILE), g.status(), g.why(), null, null));
        out.add(0, Map.entry("", titled.withForks(forks)));
        return Export.graph(out);
    }

    /** A graph of one workflow, the root. */
    public static Export.Graph root(Workflow w) {
        return Export.graph(List.of(Map.entry("", w)));
    }

    /**
     * A root from {@link RandomTrees} with up to three forks, each a random workflow that may fork once more, open
     * and merged mixed; the pointer of a workflow with an open fork is at that fork.
     */
    public static Export.Graph randomProject(long seed) {
        Random r = new Random(seed);
        List<Map.Entry<String, Workflow>> out = new ArrayList<>();
        out.add(0, Map.entry("", withForks(new RandomTrees(seed).workflow(), "", r, 0, out)));
        return Export.graph(out);
    }

    private static Workflow withForks(Workflow w, String handle, Random r, int depth,
            List<Map.Entry<String, Workflow>> out) {
        List<Node> nodes = Nodes.all(w.phases());
        List<Fork> forks = new ArrayList<>();
        for (int i = 0; i < (depth < 2 && !nodes.isEmpty() ? r.nextInt(4) : 0); i++) {
            String from = nodes.get(r.nextInt(nodes.size())).id();
            String id = "f" + depth + i;
            forks.add(r.nextBoolean() ? openFork(id, from) : mergedFork(id, from));
            String sub = handle.isEmpty() ? id : handle + "/" + id;
            List<Map.Entry<String, Workflow>> below = new ArrayList<>();
            out.add(Map.entry(sub, withForks(new RandomTrees(r.nextLong()).workflow(), sub, r, depth + 1, below)));
            out.addAll(below);
        }
        String pointer = forks.stream().filter(Fork::isOpen).map(Fork::id).findFirst().orElse(w.currentNode());
        return w.withForks(forks).withPointer(pointer, null);
    }
}
