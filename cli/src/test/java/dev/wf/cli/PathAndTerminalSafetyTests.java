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

/** Nothing wf is given makes it write outside the project or take over a terminal. */
class PathAndTerminalSafetyTests {
    @TempDir
    Path dir;

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of((Object) new String[] {"edit", "schema", "--input", "L3:reference ../../etc/passwd"}),
                Arguments.of((Object) new String[] {"edit", "schema", "--input", "L3:reference /etc/passwd"}),
                Arguments.of((Object) new String[] {"edit", "schema", "--output", "x=../outside.txt"}),
                Arguments.of((Object) new String[] {"edit", "schema", "--output", "x=/tmp/outside.txt"}),
                Arguments.of((Object) new String[] {"edit", "schema", "--script", "../../bin/sh"}),
                Arguments.of((Object) new String[] {"add", "reports-api", "x", "--id", "../x"}),
                Arguments.of((Object) new String[] {"add", "reports-api", "x", "--id", "a/b"}),
                Arguments.of((Object) new String[] {"add", "reports-api", "x", "--id", "a\u001b[2Jb"}),
                Arguments.of((Object) new String[] {"fork", "x", "--id", "../../escape"}),
                Arguments.of((Object) new String[] {"graduate", "x", "--into", "../elsewhere"}),
                Arguments.of((Object) new String[] {"graduate", "x", "--skill", "s", "--out", "/tmp/s"}),
                Arguments.of((Object) new String[] {"graduate", "x", "--skill", "../s"}),
                Arguments.of((Object) new String[] {"operation", "create", "../op", "--from", "workflow-state"}),
                Arguments.of((Object) new String[] {"operation", "create", "op", "--from", "/"}),
                Arguments.of((Object) new String[] {"run", "../../op"}),
                Arguments.of((Object) new String[] {"start", "--template", "../../../etc/passwd", "--goal", "g"}));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void aPathOrIdThatLeavesTheProjectIsRefusedAndNothingIsWritten(String[] args) throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        Map<String, String> before = run.snapshot();

        Run.Result r = run.wf(args);

        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isIn(2, 3);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\u001b");
        assertThat(run.snapshot()).isEqualTo(before);
        assertThat(Files.exists(dir.getParent().resolve("outside.txt"))).isFalse();
    }

    @Test
    void aSubWorkflowLinkedOutsideTheProjectIsNeverFollowed() throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("fork", "need x", "--id", "x");
        Path outside = Files.createTempDirectory("wf-outside");
        Path fork = dir.resolve("workflow-state/forks/x");
        Files.move(fork, outside.resolve("x"));
        Files.createSymbolicLink(fork, outside.resolve("x"));
        String outsideYaml = Files.readString(outside.resolve("x/workflow.yaml"));

        Run.Result r = run.wf("add", "x", "step", "--id", "step");

        assertThat(r.exit()).isIn(1, 2, 3);
        assertThat(r.err()).contains("outside the project");
        assertThat(Files.readString(outside.resolve("x/workflow.yaml"))).isEqualTo(outsideYaml);
    }

    @Test
    void anInputLinkedOutsideTheProjectReadsAsMissing() throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        Path secret = Files.createTempFile("wf-secret", ".md");
        Files.writeString(secret, "# Secret\n\nnot for wf\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("docs/link.md"), secret);
        run.wf("edit", "schema", "--input", "L3:reference docs/link.md");

        Run.Result r = run.wf("context", "schema");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).doesNotContain("not for wf");
        assertThat(r.err()).contains("docs/link.md, which does not exist");
    }

    @Test
    void escapeSequencesInEveryKindOfUserTextArePrintedNeutralised() throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        String evil = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil";
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.md"), "# A\n\n## Part\n\n" + evil + "\n");
        run.wf("edit", "schema", "--title", "T " + evil, "--notes", evil, "--process", evil, "--input",
                "L3:reference docs/a.md#Part", "--why", evil);
        run.wf("fork", "reason " + evil, "--id", "f");
        run.wf("block", "endpoint", "--why", evil);

        for (String[] args : new String[][] {{"where"}, {"context", "schema"}, {"log"}, {"list"}, {"check"},
                {"export", "--format", "mermaid"}, {"next"}, {"where", "--json"}}) {
            Run.Result r = run.wf(args);
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("\u001b", "\u0007", "\u009b",
                    "\u202e");
        }
        assertThat(Files.readString(dir.resolve("CONTEXT.md"))).doesNotContain("\u001b", "\u0007");
        assertThat(Files.readString(dir.resolve("workflow-state/current-pointer.md"))).doesNotContain("\u001b");
    }
}
