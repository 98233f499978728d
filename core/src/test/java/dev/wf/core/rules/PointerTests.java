package dev.wf.core.rules;

import static dev.wf.core.model.NodeStatus.BLOCKED;
import static dev.wf.core.model.NodeStatus.DONE;
import static dev.wf.core.model.NodeStatus.SKIPPED;
import static dev.wf.core.testing.Trees.leaf;
import static dev.wf.core.testing.Trees.parent;
import static dev.wf.core.testing.Trees.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import dev.wf.core.testing.Trees;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerTests {

    @Test
    void nextLeafIsTheNextUnfinishedUnblockedLeafInDocumentOrder() {
        Workflow w = workflow("a", parent("p", leaf("a"), leaf("b", DONE), leaf("c", BLOCKED)),
                parent("q", leaf("d", SKIPPED), leaf("e")));

        assertThat(Pointer.nextLeaf(w, "a").map(Node::id)).contains("e");
    }

    @Test
    void nextLeafWrapsAroundToEarlierWork() {
        Workflow w = workflow("c", leaf("a"), leaf("b", DONE), leaf("c"));

        assertThat(Pointer.nextLeaf(w, "c").map(Node::id)).contains("a");
    }

    @Test
    void withNothingLeftThePointerGoesToAnOpenForkElseStays() {
        Workflow w = workflow("a", leaf("a"), leaf("b", DONE));

        assertThat(Pointer.afterFinishing(w, "a")).isEmpty();
        assertThat(Pointer.afterFinishing(w.withForks(List.of(Trees.openFork("f", "b"))), "a")).contains("f");
    }
}
