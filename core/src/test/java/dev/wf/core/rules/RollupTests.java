package dev.wf.core.rules;

import static dev.wf.core.model.NodeStatus.BLOCKED;
import static dev.wf.core.model.NodeStatus.DONE;
import static dev.wf.core.model.NodeStatus.IN_PROGRESS;
import static dev.wf.core.model.NodeStatus.PLANNED;
import static dev.wf.core.model.NodeStatus.SKIPPED;
import static dev.wf.core.testing.Trees.leaf;
import static dev.wf.core.testing.Trees.parent;
import static dev.wf.core.testing.Trees.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RollupTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "skipped skipped, skipped",
        "done skipped, done",
        "done done, done",
        "in-progress blocked, in-progress",
        "blocked planned, blocked",
        "done planned, in-progress",
        "done blocked, blocked",
        "planned planned, planned",
        "skipped planned, planned"
    })
    void theFirstMatchingRuleWins(String children, String expected) {
        List<NodeStatus> statuses = java.util.Arrays.stream(children.split(" "))
                .map(s -> NodeStatus.parse(s).orElseThrow()).toList();

        assertThat(Rollup.of(statuses).yaml()).isEqualTo(expected);
    }

    @Test
    void aDoneParentTakesTheLatestCompletionOfItsTasks() {
        Workflow w = workflow("b", parent("p",
                leaf("a", DONE).withCompletedAt("2026-01-02T00:00:00Z"),
                leaf("b", DONE).withCompletedAt("2026-01-05T00:00:00Z"),
                leaf("c", SKIPPED).withCompletedAt("2026-01-03T00:00:00Z")));

        assertThat(w.node("p").orElseThrow().status()).isEqualTo(DONE);
        assertThat(w.node("p").orElseThrow().completedAt()).isEqualTo("2026-01-05T00:00:00Z");
    }

    @Test
    void rollUpReachesEveryDepth() {
        Workflow w = workflow("x", parent("p", parent("q", parent("r", leaf("x", IN_PROGRESS)))), leaf("z"));

        assertThat(List.of("p", "q", "r")).allSatisfy(id ->
                assertThat(w.node(id).orElseThrow().status()).isEqualTo(IN_PROGRESS));
    }

    @Test
    void goalIsPlanningUntilSomethingStarts() {
        assertThat(workflow("a", leaf("a"), leaf("b")).goal().status()).isEqualTo(GoalStatus.PLANNING);
        assertThat(workflow("a", leaf("a", IN_PROGRESS), leaf("b")).goal().status()).isEqualTo(GoalStatus.EXECUTING);
    }

    @Test
    void goalIsCompletedWhenEveryPhaseIsFinishedAndNoForkIsOpen() {
        Workflow w = workflow("b", leaf("a", DONE), leaf("b", SKIPPED));

        assertThat(w.goal().status()).isEqualTo(GoalStatus.COMPLETED);
        assertThat(Rollup.goal(w.withForks(List.of(dev.wf.core.testing.Trees.openFork("f", "a")))))
                .isEqualTo(GoalStatus.EXECUTING);
    }

    @Test
    void goalIsBlockedOnlyWhenTheCurrentLeafIsBlockedFromOutsideTheTree() {
        Workflow outside = workflow("a", leaf("a", BLOCKED), leaf("b", DONE));
        Workflow byFork = outside.withForks(List.of(dev.wf.core.testing.Trees.openFork("f", "a")));

        assertThat(Rollup.goal(outside)).isEqualTo(GoalStatus.BLOCKED);
        assertThat(Rollup.goal(byFork)).isEqualTo(GoalStatus.EXECUTING);
    }

    @Test
    void applyingRollUpTwiceChangesNothing() {
        Workflow w = workflow("b", parent("p", leaf("a", DONE), leaf("b", PLANNED)), leaf("c"));

        assertThat(Rollup.apply(Rollup.apply(w))).isEqualTo(Rollup.apply(w));
        assertThat(Rollup.mismatches(w)).isEmpty();
    }
}
