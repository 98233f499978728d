package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Restructure;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comments, blank lines and spellings stay with what they belong to through every kind of change. */
class LayoutKeepingTests {
    static final String TEXT = """
            goal:
              id: g
              title: Goal
              status: executing
            phases:
              # about a
              - id: a   # first phase
                title: A
                status: in-progress
                notes: >
                  folded notes
                  that wrap
                tasks:
                  - id: a1
                    title: A1
                    status: in-progress
                  # about a2
                  - id: a2   # second task
                    title: A2
                    status: planned
                    owner: sso   # who
              - id: b
                title: B
                status: planned
            current_node: a1
            """;

    @Test
    void aStatusChangeElsewhereKeepsAFoldedScalarAsWritten() {
        WorkflowCodec.Parsed p = WorkflowCodec.parse(TEXT, "w.yaml");
        Workflow w = p.workflow();

        String out = WorkflowCodec.format(w.withPhases(Nodes.replace(w.phases(), "b",
                n -> n.withStatus(NodeStatus.SKIPPED))), p.layout());

        assertThat(out).isEqualTo(TEXT.replace("  - id: b\n    title: B\n    status: planned",
                "  - id: b\n    title: B\n    status: skipped"));
    }

    @Test
    void commentsFollowANodeMovedToAnotherParent() {
        WorkflowCodec.Parsed p = WorkflowCodec.parse(TEXT, "w.yaml");

        Workflow moved = Restructure.move(p.workflow(), "a2", "g", null, "2026-01-01T00:00:00Z").after();
        String out = WorkflowCodec.format(moved, p.layout());

        assertThat(out).contains("  # about a2\n  - id: a2   # second task\n    title: A2\n    status: planned\n"
                + "    owner: sso   # who\n");
    }

    @Test
    void commentsFollowARenamedNode() {
        WorkflowCodec.Parsed p = WorkflowCodec.parse(TEXT, "w.yaml");

        Workflow renamed = Restructure.rename(p.workflow(), "a2", "a-two").after();
        String out = WorkflowCodec.format(renamed, p.layout().withRenames(Map.of("a-two", "a2")));

        assertThat(out).contains("      # about a2\n      - id: a-two   # second task\n",
                "        owner: sso   # who\n");
    }

    @Test
    void aMultiLineScalarMovedToAnotherDepthIsWrittenAfresh() {
        WorkflowCodec.Parsed p = WorkflowCodec.parse(TEXT, "w.yaml");

        Workflow split = Restructure.add(p.workflow(), "b", "B1", "b1", null, "2026-01-01T00:00:00Z").after();
        Workflow moved = Restructure.move(split, "a", "b", null, "2026-01-01T00:00:00Z").after();
        String out = WorkflowCodec.format(moved, p.layout());
        Workflow back = WorkflowCodec.parse(out, "w.yaml").workflow();

        assertThat(back.node("a").orElseThrow().notes()).isEqualTo("folded notes that wrap\n");
        assertThat(out).contains("        notes: |\n          folded notes that wrap\n");
    }
}
