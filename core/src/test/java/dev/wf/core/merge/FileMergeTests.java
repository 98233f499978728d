package dev.wf.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMergeTests {
    @TempDir
    Path dir;

    private static final String BASE = """
            # the team's plan
            goal:
              id: g
              title: Ship
              status: executing
            phases:
              - id: a
                title: A
                status: in-progress
              - id: b
                title: B
                status: planned
            current_node: a
            """;

    @Test
    void commentsAndUnknownKeysOfBothSidesSurviveATreeMerge() throws Exception {
        Path state = Files.createDirectories(dir.resolve("workflow-state"));
        Path base = write("base", BASE);
        Path ours = write("ours", BASE.replace("    title: A\n", "    title: A\n    owner: dana  # ours\n"));
        Path theirs = write("theirs", BASE.replace("    title: B\n", "    title: B, renamed\n    risk: high\n"));

        FileMerge.Report r = FileMerge.merge(base, ours, theirs, state.resolve("workflow.yaml"));

        assertThat(Files.readString(ours)).contains("# the team's plan", "owner: dana  # ours", "risk: high",
                "title: B, renamed");
        assertThat(r.conflicts()).isEmpty();
        assertThat(MergeMarker.read(state)).isPresent();
    }

    @Test
    void aLogMergesByUnionAndOtherFilesAreRefused() throws Exception {
        Path ours = write("ours", "{\"v\":1,\"id\":\"1\",\"type\":\"node.added\"}\n");
        Path theirs = write("theirs", "{\"v\":1,\"id\":\"1\",\"type\":\"node.added\"}\n{\"v\":1,\"id\":\"2\",\"type\":\"node.added\"}\n");

        FileMerge.merge(write("base", ""), ours, theirs, dir.resolve("workflow-state/log.jsonl"));

        assertThat(Files.readString(ours).lines()).hasSize(2);
        assertThatThrownBy(() -> FileMerge.merge(ours, ours, theirs, dir.resolve("src/app.py")))
                .hasMessageContaining("is not a file wf merges");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
