package dev.wf.core.rules;

import static dev.wf.core.model.NodeStatus.DONE;
import static dev.wf.core.model.NodeStatus.IN_PROGRESS;
import static dev.wf.core.testing.Trees.leaf;
import static dev.wf.core.testing.Trees.parent;
import static dev.wf.core.testing.Trees.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.testing.Trees;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantsTests {

    @Test
    void aWellFormedTreeHasNoViolations() {
        assertThat(Invariants.check(workflow("a", parent("p", leaf("a")), leaf("b")))).isEmpty();
    }

    @Test
    void eachTreeGetsItsOwnAnswerHoweverOftenTreesAreCheckedAgain() {
        Workflow broken = workflow("a", leaf("a"), leaf("Bad Id"));
        Workflow fine = workflow("a", leaf("a"), leaf("b"));

        for (int round = 0; round < 3; round++) {
            assertThat(Invariants.check(broken)).extracting(Violation::rule).containsExactly("ids");
            assertThat(Invariants.check(fine)).isEmpty();
        }
        assertThatThrownBy(() -> Invariants.check(broken).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicateIdsAreReportedWithTheirLocation() {
        Workflow w = workflow("a", leaf("a"), parent("p", leaf("a")));

        assertThat(Invariants.check(w)).extracting(Violation::location).contains("phases[1].tasks[0].id");
    }

    @Test
    void idsMustBeSlugs() {
        Workflow w = workflow("a", leaf("a"), leaf("Bad Id"));

        assertThat(Invariants.check(w)).extracting(Violation::rule).containsExactly("ids");
    }

    @Test
    void thePointerMustNameALeafNotAParent() {
        Workflow w = workflow("p", parent("p", leaf("a")));

        assertThat(Invariants.check(w)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("pointer");
            assertThat(v.fixable()).isTrue();
        });
    }

    @Test
    void thePointerMustNameSomethingThatExists() {
        assertThat(Invariants.check(workflow("ghost", leaf("a")))).extracting(Violation::rule).contains("pointer");
    }

    @Test
    void aParentStatusSetByHandIsAViolation() {
        Workflow w = workflow("a", parent("p", leaf("a", DONE), leaf("b")));
        Workflow tampered = w.withPhases(Nodes.replace(w.phases(), "p", n -> n.withStatus(DONE)));

        assertThat(Invariants.check(tampered)).extracting(Violation::location).contains("phases[0].status");
    }

    @Test
    void anOpenForkMustKeepItsSourceBlocked() {
        Workflow w = workflow("f", leaf("a", IN_PROGRESS)).withForks(List.of(Trees.openFork("f", "a")));

        assertThat(Invariants.check(w)).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("must be blocked while fork 'f' is open"));
    }

    @Test
    void forkReferencesMustNameNodesAndStayInsideTheProject() {
        Workflow w = workflow("a", leaf("a")).withForks(List.of(new dev.wf.core.model.Fork("f", null, "nowhere",
                "r", "../../etc", dev.wf.core.model.ForkStatus.MERGED, "a", null, null, null)));

        assertThat(Invariants.check(w)).extracting(Violation::location)
                .contains("forks[0].spawned_from", "forks[0].sub_workflow");
    }
}
