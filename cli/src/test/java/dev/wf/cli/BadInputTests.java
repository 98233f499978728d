package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection: one line on stderr, the exit code of SPEC §8, and nothing written. */
class BadInputTests {
    @TempDir
    Path dir;

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of(new String[] {"done", "nope"}, 2, "no node 'nope'"),
                Arguments.of(new String[] {"done", "endpoint"}, 3, "its status comes only from them"),
                Arguments.of(new String[] {"add", "reports-api", "X", "--id", "Bad/Id"}, 2, "not a valid id"),
                Arguments.of(new String[] {"add", "reports-api", "X", "--id", "schema"}, 2, "already used"),
                Arguments.of(new String[] {"edit", "schema", "--input", "L3:reference ../../etc/passwd"}, 2,
                        "leaves the project"),
                Arguments.of(new String[] {"edit", "schema", "--input", "L9:nope docs/a.md"}, 2,
                        "not an input source"),
                Arguments.of(new String[] {"edit", "schema", "--output", "x=/etc/passwd:text"}, 2,
                        "leaves the project"),
                Arguments.of(new String[] {"resume"}, 3, "nothing to resume"),
                Arguments.of(new String[] {"abandon", "ghost", "--why", "x"}, 2, "no fork 'ghost'"),
                Arguments.of(new String[] {"goto", "docs"}, 2, "Missing required option: '--why"),
                Arguments.of(new String[] {"goto", "docs", "--why", " "}, 2, "needs a reason"),
                Arguments.of(new String[] {"unblock", "schema"}, 3, "not blocked"),
                Arguments.of(new String[] {"bogus"}, 2, "Unmatched argument"),
                Arguments.of(new String[] {"export", "--format", "png"}, 2, "not a format"),
                Arguments.of(new String[] {"start", "--goal", "again", "--phase", "a", "--phase", "b", "--phase",
                    "c"}, 3, "already exists"),
                Arguments.of(new String[] {"move", "schema", "--to", "schema"}, 3, "into itself"),
                Arguments.of(new String[] {"rename", "schema", "docs"}, 2, "already used"),
                Arguments.of(new String[] {"fork", "need x", "--id", "a/b"}, 2, "not a valid id"));
    }

    @ParameterizedTest(name = "wf {0} -> exit {1}")
    @MethodSource("rejections")
    void aRejectionIsOneLineAnExitCodeAndNoWrite(String[] args, int exit, String message) {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("add", "endpoint", "GET /reports", "--id", "get-reports");
        Map<String, String> before = run.snapshot();

        Run.Result r = run.wf(args);

        assertThat(r.exit()).isEqualTo(exit);
        assertThat(r.err()).contains(message).doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("wf: ") && !l.startsWith("wf: see")
                && !l.contains("Did you mean"))).hasSize(1);
        assertThat(run.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"context: {mermaid: maybe}", "context: off", "context: {mermiad: false}"})
    void aBadContextSettingInWfYamlIsOneLineExitTwoAndNoWrite(String yaml) {
        Run run = new Run(dir);
        run.startReportsApi();
        run.write(".wf.yaml", yaml + "\n");
        Map<String, String> before = run.snapshot();

        Run.Result r = run.wf("done");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("wf: .wf.yaml: context"));
        assertThat(run.snapshot()).isEqualTo(before);
    }

    @Test
    void aCommandOutsideAnyWorkflowWritesNothingAndSaysHowToStart() throws Exception {
        Run.Result r = new Run(dir).wf("done");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no workflow here", "wf start");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void startNeedsItsAnswersWhenNoTerminalCanAsk() {
        Run.Result r = new Run(dir).wf("start");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("needs --goal");
    }

    @Test
    void malformedYamlIsOneLineWithFileLineAndColumn() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.write("workflow-state/workflow.yaml", run.read("workflow-state/workflow.yaml")
                .replace("title: docs", "title: [docs"));

        Run.Result r = run.wf("done");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).matches("wf: workflow-state/workflow\\.yaml:\\d+:\\d+: .*");
    }

    @Test
    void aSchemaErrorNamesThePathItsLineAndTheAllowedValues() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.write("workflow-state/workflow.yaml", run.read("workflow-state/workflow.yaml")
                .replaceFirst("status: planned", "status: finished"));

        Run.Result r = run.wf("where");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("workflow-state/workflow.yaml:", "phases[0].status", "'finished'",
                "allowed: planned | in-progress | blocked | done | skipped");
    }

    @Test
    void stacktraceOnlyWhenAskedFor() {
        Run run = new Run(dir);
        run.startReportsApi();

        assertThat(run.wf("done", "nope").err()).doesNotContain("\tat ");
        assertThat(run.wf("--stacktrace", "done", "nope").err()).contains("\tat dev.wf.");
    }

    @Test
    void errorsInJsonModeAreJsonToo() {
        Run run = new Run(dir);
        run.startReportsApi();

        Run.Result r = run.wf("done", "nope", "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().strip()).startsWith("{\"error\":{\"kind\":\"invalid_input\",\"message\":\"no node 'nope'");
    }
}
