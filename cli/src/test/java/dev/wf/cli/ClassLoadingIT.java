package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read path loads only what it prints with: a run of the built jar under -Xlog:class+load shows no JGit, no
 * Jackson databind and no MCP SDK class for the everyday verbs, while the verbs that need them do load them (so the
 * check can see them at all).
 */
class ClassLoadingIT {
    private static final String HEAVY = "] (org\\.eclipse\\.jgit|com\\.fasterxml\\.jackson\\.databind"
            + "|io\\.modelcontextprotocol)\\..*";

    @TempDir
    Path project;

    @TempDir
    Path logs;

    private List<String> loaded(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(logs, "classes", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-jar", Path.of("target", "wf.jar").toString(), "-C",
                project.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("out.txt").toFile());
        pb.environment().put("WF_ACTOR", "tester");
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(logs.resolve("out.txt"))).isZero();
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static List<String> heavy(List<String> log) {
        return log.stream().filter(l -> l.matches(".*" + HEAVY)).toList();
    }

    @TestFactory
    Stream<DynamicTest> everydayVerbsLoadNoGitNoDatabindAndNoMcp() throws Exception {
        loaded("start", "--goal", "Ship it", "--why", "w", "--phase", "a", "--phase", "b", "--phase", "c");
        return Stream.of("where", "where --brief", "next", "log --last 3", "context", "check", "list", "done",
                "add ship-it d").map(verb -> DynamicTest.dynamicTest(verb, () -> {
                    List<String> log = loaded(verb.split(" "));
                    assertThat(log).as("the log has the run's classes").hasSizeGreaterThan(300);
                    assertThat(heavy(log)).as(verb).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> theCheckSeesHeavyClassesWhereTheyBelong() throws Exception {
        loaded("start", "--goal", "Ship it", "--why", "w", "--phase", "a", "--force");
        return Stream.of(DynamicTest.dynamicTest("git setup loads JGit", () -> {
            new ProcessBuilder("git", "init", "-q", project.toString()).start().waitFor(60, TimeUnit.SECONDS);
            assertThat(heavy(loaded("git", "setup"))).anyMatch(l -> l.contains("org.eclipse.jgit."));
        }));
    }
}
