package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.WfException;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import org.junit.jupiter.api.Test;

class WorkflowCodecTests {
    static final String SEED = """
            # The /reports API build.
            goal:
              id: reports-api
              title: Ship a public /reports REST API
              status: executing
              why: Partners pull reports without us exporting CSVs by hand.
            phases:
              - id: phase-1-schema
                title: Define the report schema
                status: done
                completed_at: 2026-11-01
                outputs:
                  - artifact: schema
                    location: docs/reports-schema.md
                    format: markdown

              # The endpoint is the hard part.
              - id: phase-2-build-endpoint
                title: Build the /reports REST handlers + auth check
                status: in-progress   # started Monday
                completed_at: null
                inputs:
                  - source: L3:reference # factory
                    file: docs/architecture.md
                    section: "## API conventions"
                    why: routing + error-envelope pattern every endpoint follows
                process: |
                  1. Add GET /reports + GET /reports/{id}
                  # not a comment: part of the process text
                  2. Wire the auth middleware + error envelope

                owner: dana   # unknown key
                tasks: []
            forks: []
            current_node: phase-2-build-endpoint
            last_updated: 2026-11-02
            # trailing note
            """;

    @Test
    void seedFormatFileWithCommentsIsWrittenBackUnchanged() {
        WorkflowCodec.Parsed parsed = WorkflowCodec.parse(SEED, "workflow.yaml");

        String written = WorkflowCodec.format(parsed.workflow(), parsed.layout());

        assertThat(written).isEqualTo(SEED);
    }

    @Test
    void oneStatusChangeTouchesOnlyItsLines() {
        WorkflowCodec.Parsed parsed = WorkflowCodec.parse(SEED, "workflow.yaml");
        Workflow w = parsed.workflow();
        Workflow changed = w.withPhases(Nodes.replace(w.phases(), "phase-2-build-endpoint",
                n -> n.withStatus(NodeStatus.DONE).withCompletedAt("2026-11-03")));

        String written = WorkflowCodec.format(changed, parsed.layout());

        assertThat(written).isEqualTo(SEED.replace("status: in-progress   # started Monday",
                "status: done   # started Monday").replace("completed_at: null", "completed_at: 2026-11-03"));
    }

    @Test
    void processTextKeepsLinesThatLookLikeComments() {
        Workflow w = WorkflowCodec.parse(SEED, "workflow.yaml").workflow();

        assertThat(w.node("phase-2-build-endpoint").get().process())
                .contains("# not a comment: part of the process text");
    }

    @Test
    void badStatusNamesPathLineAndAllowedValues() {
        String text = SEED.replace("status: done\n", "status: finished\n");

        assertThatThrownBy(() -> WorkflowCodec.parse(text, "workflow.yaml"))
                .isInstanceOf(WfException.class)
                .extracting(e -> ((WfException) e).oneLine())
                .asString()
                .contains("workflow.yaml:10:13", "phases[0].status", "'finished'", "planned | in-progress");
    }
}
