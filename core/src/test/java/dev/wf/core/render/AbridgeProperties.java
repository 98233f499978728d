package dev.wf.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Fork;
import dev.wf.core.model.ForkStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.testing.RandomTrees;
import dev.wf.core.testing.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Whatever the tree and the budget, the abridged picture keeps its bound, its count and its edges. */
class AbridgeProperties {
    private static final Pattern EDGE = Pattern.compile("^  ([nf]_\\w+) (?:-->|-\\. \\w+ \\.->|-\\.->) ([nf]_\\w+)$",
            Pattern.MULTILINE);
    private static final Pattern BOX = Pattern.compile("^  ([nf]_\\w+)\\(?\\[\"", Pattern.MULTILINE);

    /** A root with up to three forks, each a random workflow that may fork once more; open and closed mixed. */
    static Export.Graph project(long seed) {
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
            Fork f = r.nextBoolean() ? Trees.openFork(id, from) : Trees.mergedFork(id, from);
            forks.add(f);
            String sub = GraphIds.sub(handle, id);
            List<Map.Entry<String, Workflow>> below = new ArrayList<>();
            Workflow child = withForks(new RandomTrees(r.nextLong()).workflow(), sub, r, depth + 1, below);
            out.add(Map.entry(sub, child));
            out.addAll(below);
        }
        String pointer = forks.stream().filter(f -> f.status() == ForkStatus.OPEN).map(Fork::id).findFirst()
                .orElse(w.currentNode());
        return w.withForks(forks).withPointer(pointer, null);
    }

    @Test
    void theAbridgedGraphKeepsItsBudgetAndCountsEveryNodeItLeftOut() {
        qt().withExamples(400).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, budget) -> {
            Export.Graph g = project(seed);

            Abridge.Fit fit = Abridge.fit(g, budget);

            int hidden = fit.graph().hidden().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(fit.drawn()).isLessThanOrEqualTo(Math.max(budget, fit.abridged() ? 0 : fit.total()));
            assertThat(fit.drawn() + hidden).isEqualTo(fit.total());
            assertThat(fit.abridged()).isEqualTo(fit.total() > budget);
        });
    }

    @Test
    void everyEdgeOfTheAbridgedMermaidJoinsTwoDrawnNodes() {
        qt().withExamples(400).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, budget) -> {
            String mermaid = Export.render(Export.Format.MERMAID, Abridge.fit(project(seed), budget).graph());

            Set<String> boxes = new HashSet<>();
            Matcher b = BOX.matcher(mermaid);
            while (b.find()) {
                boxes.add(b.group(1));
            }
            Matcher e = EDGE.matcher(mermaid);
            while (e.find()) {
                assertThat(boxes).as(mermaid).contains(e.group(1), e.group(2));
            }
        });
    }
}
