package dev.wf.core.render;

import static dev.wf.core.testing.Trees.leaf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import dev.wf.core.testing.Pictures;
import dev.wf.core.testing.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CONTEXT.md graph stays within its budget, folding the least useful part first and counting what it hid. */
class AbridgeTests {
    static final int BUDGET = 40;

    static Node phase(String id, int tasks, NodeStatus status) {
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            children.add(leaf(id + "-t" + i, status));
        }
        return Trees.parent(id, children.toArray(Node[]::new));
    }

    static int hidden(Abridge.Fit fit) {
        return fit.graph().hidden().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aSmallGraphIsDrawnWhole() {
        Export.Graph g = Pictures.nestedFork();

        Abridge.Fit fit = Abridge.fit(g, BUDGET);

        assertThat(fit.abridged()).isFalse();
        assertThat(fit.graph()).isSameAs(g);
        assertThat(fit.drawn()).isEqualTo(fit.total()).isEqualTo(18);
    }

    @Test
    void finishedStepsAndClosedForksAreFoldedFirst() {
        Workflow w = Trees.workflow("now-t0", phase("old", 50, NodeStatus.DONE), phase("now", 3, NodeStatus.PLANNED))
                .withForks(List.of(Trees.mergedFork("spike", "old-t7")));
        Workflow spike = Trees.sub("spike", "A spike", "s0", phase("s", 9, NodeStatus.DONE));
        Export.Graph g = Export.graph(List.of(Map.entry("", w), Map.entry("spike", spike)));

        Abridge.Fit fit = Abridge.fit(g, BUDGET);

        assertThat(fit.how()).isEqualTo("finished steps and closed forks folded");
        assertThat(fit.drawn()).isEqualTo(7).isEqualTo(fit.total() - hidden(fit));
        String mermaid = Export.render(Export.Format.MERMAID, fit.graph());
        assertThat(mermaid).contains("n___old[\"old: Title of old<br/>+50 more\"]", "<br/>merged<br/>+11 more\"])",
                "n___old -. forks .-> f___spike", "n___now_ht2[").doesNotContain("old_ht7", "n_spike__");
    }

    @Test
    void stepsOffTheCurrentPathAreFoldedNext() {
        List<Node> phases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            phases.add(phase("p" + i, 10, NodeStatus.PLANNED));
        }
        Workflow w = Trees.workflow("p3-t5", phases.toArray(Node[]::new));

        Abridge.Fit fit = Abridge.fit(Pictures.root(w), BUDGET);

        assertThat(fit.how()).isEqualTo("steps off the current path folded");
        assertThat(fit.drawn()).isEqualTo(21).isEqualTo(fit.total() - hidden(fit));
        assertThat(fit.graph().workflows().get(0).getValue().phases()).extracting(Node::id)
                .containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        assertThat(fit.graph().hidden()).containsEntry("n___p4", 10).doesNotContainKey("n___p3");
    }

    @Test
    void aHugeTreeIsCutToTheBudgetAroundTheCurrentStep() {
        List<Node> phases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            phases.add(phase("p" + i, 3, NodeStatus.PLANNED));
        }
        Workflow w = Trees.workflow("p250-t2", phases.toArray(Node[]::new));

        Abridge.Fit fit = Abridge.fit(Pictures.root(w), BUDGET);

        assertThat(fit.how()).isEqualTo("only the nodes nearest the current step drawn");
        assertThat(fit.drawn()).isEqualTo(BUDGET).isEqualTo(fit.total() - hidden(fit));
        assertThat(Export.render(Export.Format.MERMAID, fit.graph())).contains("n___p250_ht2[",
                "class n___p250_ht2 current", "The goal<br/>planning<br/>+");
    }

    @Test
    void aForkOfAFoldedStepIsDrawnFromItsNearestDrawnAncestor() {
        Workflow w = Trees.workflow("now-t0", phase("old", 50, NodeStatus.DONE), phase("now", 3, NodeStatus.PLANNED))
                .withForks(List.of(Trees.mergedFork("spike", "old-t7")));

        Abridge.Fit fit = Abridge.fit(Pictures.root(w), BUDGET);

        Fork drawn = fit.graph().workflows().get(0).getValue().forks().get(0);
        assertThat(drawn.spawnedFrom()).isEqualTo("old");
        assertThat(drawn.returnTo()).isEqualTo("old");
    }
}
