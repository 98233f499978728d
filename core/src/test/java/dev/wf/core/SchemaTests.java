package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.testing.Project;
import dev.wf.core.testing.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/workflow.schema.json: the examples keep to it, it refuses what wf refuses, and wf points editors at it. */
class SchemaTests {
    @TempDir
    Path dir;

    @Test
    void everyExampleWorkflowKeepsToTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("..", "examples"))) {
            files = walk.filter(f -> f.getFileName().toString().equals("workflow.yaml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path f : files) {
            assertThat(SchemaCheck.validate(Files.readString(f), f.toString())).isEmpty();
        }
        try (Stream<Path> walk = Files.walk(Path.of("..", "templates"))) {
            for (Path t : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(SchemaCheck.validate(Files.readString(t), t.toString())).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRefusesWhatWfRefuses() {
        assertThat(SchemaCheck.validate("phases: []\n", "no goal")).isNotEmpty();
        assertThat(SchemaCheck.validate("goal: {id: Bad Id}\n", "id")).isNotEmpty();
        assertThat(SchemaCheck.validate("goal: {id: g}\nphases:\n  - id: a\n    status: finished\n", "status"))
                .isNotEmpty();
        assertThat(SchemaCheck.validate("goal: {id: g}\nphases:\n  - id: a\n    inputs:\n      - source: L9\n"
                + "        file: x\n", "source")).isNotEmpty();
        assertThat(SchemaCheck.validate("goal: {id: g}\nmy_key: kept\nphases:\n  - id: a\n    owner: me\n",
                "unknown keys")).isEmpty();
    }

    @Test
    void filesWfCreatesNameTheSchemaThatWfWritesBesideThem() throws IOException {
        Project p = new Project(dir);
        p.startReportsApi().fork("need a rate limiter", "limiter", null, null);

        assertThat(p.yaml()).startsWith("# yaml-language-server: $schema=workflow.schema.json\n");
        assertThat(p.read("workflow-state/forks/limiter/workflow.yaml"))
                .startsWith("# yaml-language-server: $schema=../../workflow.schema.json\n");
        assertThat(p.read("workflow-state/workflow.schema.json"))
                .isEqualTo(Files.readString(Path.of("..", "docs", "workflow.schema.json")));
    }
}
