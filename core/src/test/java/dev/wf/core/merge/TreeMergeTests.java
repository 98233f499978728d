package dev.wf.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.store.WorkflowCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merges found by trying wf sync by hand: each is named after what it lost before. */
class TreeMergeTests {
    private static final String BASE = """
            goal: {id: g, title: G, status: executing}
            phases:
              - {id: p1, title: P1, status: done, completed_at: 2026-01-01T00:00:00Z}
              - {id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z}
              - {id: p3, title: P3, status: planned}
            forks: []
            current_node: p2

            """;

    private static Workflow w(String yaml) {
        return WorkflowCodec.parse(yaml, "t").workflow();
    }

    private static Workflow merge(String ours, String theirs) {
        Workflow o = w(ours);
        Workflow t = w(theirs);
        Workflow m = TreeMerge.merge(w(BASE), o, t, Tiebreak.later(o, t, List.of())).merged();
        assertThat(Invariants.check(m)).isEmpty();
        assertThat(TreeMerge.merge(w(BASE), t, o, Tiebreak.later(t, o, List.of())).merged()).isEqualTo(m);
        return m;
    }

    @Test
    void aStepDoneOnOneSideStaysDoneWhenTheOtherGaveItATask() {
        String ours = BASE.replace("{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z}",
                "{id: p2, title: P2, status: done, completed_at: 2026-01-02T00:00:00Z, updated_at: 2026-01-02T00:00:00Z}")
                .replace("current_node: p2", "current_node: p3");
        String theirs = BASE.replace("{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z}",
                "{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z, tasks: [{id: p2b, title: B,"
                        + " status: in-progress, updated_at: 2026-01-01T00:00:00Z}]}");

        Workflow m = merge(ours, theirs);

        assertThat(m.node("p2b").orElseThrow().status().yaml()).isEqualTo("done");
        assertThat(m.node("p2").orElseThrow().status().yaml()).isEqualTo("done");
        assertThat(m.currentNode()).isEqualTo("p3");
    }

    @Test
    void aForkFromAStepThatGotTasksNowComesFromItsNewTask() {
        String ours = BASE.replace("{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z}",
                "{id: p2, title: P2, status: blocked, blocked_by: fork f, updated_at: 2026-01-02T00:00:00Z}")
                .replace("forks: []", "forks: [{id: f, spawned_from: p2, return_to: p2, status: open,"
                        + " sub_workflow: forks/f}]").replace("current_node: p2", "current_node: f");
        String theirs = BASE.replace("{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z}",
                "{id: p2, title: P2, status: in-progress, updated_at: 2026-01-01T00:00:00Z, tasks: [{id: p2a, title: A,"
                        + " status: in-progress, updated_at: 2026-01-01T00:00:00Z}]}");

        Workflow m = merge(ours, theirs);

        Fork f = m.fork("f").orElseThrow();
        assertThat(f.spawnedFrom()).isEqualTo("p2a");
        assertThat(f.returnTo()).isEqualTo("p2a");
        assertThat(m.node("p2a").orElseThrow().status().yaml()).isEqualTo("blocked");
        assertThat(m.currentNode()).isEqualTo("f");
    }
}
