package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.render.Export;
import dev.wf.core.testing.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user's trial broke; each test is named after the failure it prevents. */
class TrialRegressionTests {
    @TempDir
    Path dir;

    @Test
    void aMovedNodeKeepsItsOwnStatus() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.add("docs", "API reference", "api-ref", null);

        ws.move("schema", "docs", null);

        assertThat(p.yaml()).contains("      - id: schema\n        title: schema\n        status: done\n"
                + "        completed_at: 2026-11-01T09:00:00Z\n");
    }

    @Test
    void movingUnderALeafWithStateIsRefusedRatherThanLosingIt() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        String before = p.yaml();

        assertThatThrownBy(() -> ws.move("docs", "endpoint", null)).hasMessageContaining("take the place of its own");
        assertThatThrownBy(() -> ws.add("schema", "more schema", "s2", null))
                .hasMessageContaining("a finished step takes no new tasks");
        assertThat(p.yaml()).isEqualTo(before);
    }

    @Test
    void aParentThatLosesItsLastTaskIsPlannedAgainNotBlockedForNoReason() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.add("docs", "Vendor review", "review", null);
        ws.block("review", "vendor");
        ws.add("endpoint", "GET", "get", null);

        ws.move("review", "endpoint", null);

        assertThat(p.yaml()).contains("  - id: docs\n    title: docs\n    status: planned\n");
        assertThat(p.yaml()).doesNotContain("blocked_by: null");
    }

    @Test
    void aForkCannotReturnToAStepAnotherForkHolds() {
        Workspace ws = new Project(dir).startReportsApi();
        ws.fork("need a", "fa", "schema", null);

        assertThatThrownBy(() -> ws.fork("need b", "fb", "endpoint", "schema")).hasMessageContaining("returns only to");
    }

    @Test
    void damagedContextMarkersStopTheWriteInsteadOfDeletingNotes() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String context = p.read("CONTEXT.md").replace("<!-- wf:end -->", "") + "\n## My notes\nkeep me\n";
        p.write("CONTEXT.md", context);

        assertThatThrownBy(() -> ws.done(null)).isInstanceOf(WfException.class)
                .satisfies(e -> assertThat(((WfException) e).kind()).isEqualTo(ErrorKind.RULE))
                .hasMessageContaining("markers are damaged");
        assertThat(p.read("CONTEXT.md")).isEqualTo(context);
    }

    @Test
    void unblockingLeavesNoEmptyBlockedByBehind() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.block("docs", "waiting for the writers");

        ws.unblock("docs");

        assertThat(p.yaml()).doesNotContain("blocked_by");
    }

    @Test
    void whereWarnsAboutARuleBrokenByHand() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        p.write("workflow-state/workflow.yaml", p.yaml().replace("- id: docs", "- id: schema"));

        assertThat(ws.where().warnings()).anySatisfy(w -> assertThat(w).contains("rule broken", "used more than once"));
    }

    @Test
    void finishingTheLastStepSaysTheWorkflowIsComplete() {
        Workspace ws = new Project(dir).startReportsApi();
        ws.done(null);
        ws.done(null);

        assertThat(ws.done(null).message()).contains("the workflow is complete");
    }

    @Test
    void graphIdsOfDifferentNodesNeverCollide() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("rate", "rate", null, null);
        ws.add("rate", "x", "limiter-x", null);
        ws.abandon("rate", "later");
        ws.fork("rate limiter", "rate-limiter", null, null);
        ws.add("rate-limiter", "x", "x", null);

        String mermaid = ws.export(Export.Format.MERMAID);

        assertThat(mermaid).contains("n_rate__limiter_hx[", "n_rate_hlimiter__x[");
    }

    @Test
    void aTitleThatLooksLikeAPlaceholderIsPrintedNotFilledIn() {
        Project p = new Project(dir);

        p.ws().start(new StartRequest("Plan {{tree}} and {{forks}}", "Because {{chain}}.", null,
                List.of("a", "b", "c"), "plan", false, false, false));

        assertThat(p.read("CONTEXT.md")).contains("## Workflow: Plan {{tree}} and {{forks}}\n",
                "Because {{chain}}.\n");
    }
}
