package dev.wf.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rows of {@code wf where} account for every node once, folded or shown, whatever the size of the tree, and show
 * the current step unless it lies in a finished part.
 */
class SurveyRowsProperties {
    @Test
    void everyNodeIsShownOrCountedInAFoldExactlyOnce() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Workflow w = tree(new Random(seed));
            List<WhereReport.Row> rows = Survey.rows(w);

            int accounted = rows.stream().filter(r -> !r.fork()).mapToInt(r -> (r.id() == null ? 0 : 1) + r.hidden())
                    .sum();
            assertThat(accounted).isEqualTo(Nodes.all(w.phases()).size()).isEqualTo(Nodes.count(w.phases()));
            List<Node> above = w.currentNode() == null ? List.of() : Nodes.ancestry(w.phases(), w.currentNode());
            if (!above.isEmpty() && above.stream().limit(above.size() - 1).noneMatch(n -> n.status().finished())) {
                assertThat(rows).anyMatch(r -> w.currentNode().equals(r.id()) && r.current()); // a finished part folds
            }
        });
    }

    /** Trees from a handful of nodes to a few thousand, so that some fit the row budget and some do not. */
    private static Workflow tree(Random r) {
        int[] next = {0};
        List<Node> phases = nodes(r, 1 + r.nextInt(6), 0, 1 + r.nextInt(4), next);
        Workflow w = Rollup.apply(new Workflow(new Goal("goal", "Goal", GoalStatus.PLANNING, null, null, Extras.NONE),
                phases, List.of(), null, null, null, Extras.NONE));
        List<Node> leaves = Nodes.leaves(w.phases());
        String current = leaves.isEmpty() || r.nextInt(5) == 0 ? null : leaves.get(r.nextInt(leaves.size())).id();
        return w.withPointer(current, null);
    }

    private static List<Node> nodes(Random r, int count, int depth, int deepest, int[] next) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Node> tasks = depth < deepest && r.nextInt(3) > 0 ? nodes(r, 1 + r.nextInt(7), depth + 1, deepest, next)
                    : List.of();
            NodeStatus status = NodeStatus.values()[r.nextInt(NodeStatus.values().length)];
            out.add(new Node("n" + next[0]++, "Node", status, null, status == NodeStatus.BLOCKED ? "x" : null, null,
                    List.of(), null, null, List.of(), null, tasks, Extras.NONE));
        }
        return out;
    }
}
