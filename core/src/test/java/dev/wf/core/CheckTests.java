package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.report.CheckReport;
import dev.wf.core.testing.Project;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTests {
    @TempDir
    Path dir;

    @Test
    void aCompleteWorkflowWithoutAWhatShippedNoteIsReported() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.done(null);
        ws.done(null);

        CheckReport before = ws.check(false);
        p.write("PROGRESS.md", "## Ship a public /reports REST API\nShipped.\n");
        CheckReport after = ws.check(false);

        assertThat(before.ok()).isTrue();
        assertThat(before.warnings()).anySatisfy(w -> assertThat(w).contains("PROGRESS.md has no \"what shipped\""));
        assertThat(after.warnings()).noneMatch(w -> w.contains("PROGRESS.md"));
    }

    @Test
    void aSessionThatLoggedNothingIsReported() {
        new Project(dir).startReportsApi();
        Settings quiet = Settings.builder().session("s-9").clock(Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"),
                ZoneOffset.UTC)).build();

        CheckReport r = Workspace.open(dir, quiet).check(false);

        assertThat(r.warnings()).contains("done means: session s-9 has not logged a transition yet");
    }

    @Test
    void checkFindsAForkWhoseSubWorkflowIsMissing() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("need a thing", "thing", null, null);
        org.apache.commons.io.file.PathUtils.deleteDirectory(dir.resolve("workflow-state/forks/thing"));

        CheckReport r = ws.check(false);

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anySatisfy(x -> assertThat(x.message()).contains("has no sub-workflow"));
    }
}
