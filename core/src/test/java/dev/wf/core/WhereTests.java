package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.report.WhereReport;
import dev.wf.core.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhereTests {
    @TempDir
    Path dir;

    @Test
    void aPointerThatHasNotMovedForFourteenDaysIsReportedStuck() {
        Project p = new Project(dir);
        p.startReportsApi().done(null);

        WhereReport soon = p.at("2026-11-10T09:00:00Z").ws().where();
        WhereReport late = p.at("2026-11-16T09:00:00Z").ws().where();

        assertThat(soon.warnings()).noneMatch(w -> w.startsWith("stuck"));
        assertThat(late.warnings()).contains("stuck: the pointer has not moved for 15 days",
                "stuck: 'endpoint' has been in progress for 15 days without a change");
    }

    @Test
    void aHugeTreeStillGivesAShortAnswer() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        for (int i = 0; i < 60; i++) {
            ws.add("reports-api", "phase " + i, "p" + i, null);
        }
        for (int i = 0; i < 60; i++) {
            ws.add("endpoint", "task " + i, "t" + i, null);
        }

        WhereReport w = ws.where();

        assertThat(w.tree().size()).isLessThan(20);
        assertThat(w.tree()).anySatisfy(r -> assertThat(r.hidden()).isGreaterThan(50));
    }

    @Test
    void aProjectCanOverrideTheContextTemplate() throws Exception {
        Files.createDirectories(dir.resolve(".wf/templates"));
        Files.writeString(dir.resolve(".wf/templates/CONTEXT-section.md"), "Our plan: {{goal.title}} at {{chain}}\n");
        Project p = new Project(dir);

        p.startReportsApi();

        assertThat(p.read("CONTEXT.md")).contains("Our plan: Ship a public /reports REST API at reports-api › schema");
    }

    @Test
    void theContextBlockIsTheOnlyPartOfContextMdThatWfTouches() {
        Project p = new Project(dir);
        p.write("CONTEXT.md", "# Our project\n\nHand-written notes.\n");
        Workspace ws = p.startReportsApi();
        p.write("CONTEXT.md", p.read("CONTEXT.md") + "\n## After the block\nMore notes.\n");

        ws.done(null);

        assertThat(p.read("CONTEXT.md")).startsWith("# Our project\n\nHand-written notes.\n")
                .contains("endpoint: endpoint (in-progress)").endsWith("\n## After the block\nMore notes.\n");
    }

    @Test
    void aSymlinkedWorkflowFileIsNotFollowed() throws Exception {
        Project p = new Project(dir);
        p.startReportsApi();
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("outside.yaml");
        Files.copy(dir.resolve("workflow-state/workflow.yaml"), outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("workflow-state/workflow.yaml"));
        Files.createSymbolicLink(dir.resolve("workflow-state/workflow.yaml"), outside);

        assertThatThrownBy(() -> p.ws().done(null)).hasMessageContaining("symbolic link");
    }
}
