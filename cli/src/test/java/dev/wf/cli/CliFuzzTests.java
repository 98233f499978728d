package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command line with any arguments, in a throwaway project: an exit code of 0 to 3 (never 4, a bug), errors on
 * one line, never a stack trace. Paths that would leave the scratch folder are not generated.
 */
class CliFuzzTests {
    private static final List<String> VERBS = List.of("start", "where", "next", "context", "add", "edit", "move",
            "rename", "remove", "goto", "done", "skip", "block", "unblock", "fork", "resume", "abandon", "finish",
            "graduate", "operation", "run", "template", "log", "check", "list", "export", "completion",
            "help");

    @FuzzTest(maxDuration = "10m")
    void cliArguments(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("wf-fuzz-cli");
        try {
            new Run(dir).startReportsApi();
            List<String> args = new ArrayList<>();
            args.add(data.pickValue(VERBS));
            int n = data.consumeInt(0, 8);
            for (int i = 0; i < n; i++) {
                String a = data.consumeString(40);
                if (a.contains("..") || a.startsWith("/") || a.contains("\0")) {
                    return; // never aim the fuzzer outside its own folder
                }
                args.add(a);
            }
            Run.Result r = new Run(dir).env("WF_NOW", "2026-11-01T09:00:00Z").wf(args.toArray(String[]::new));
            assertThat(r.exit()).as("wf %s: %s", args, r.err()).isBetween(0, 3);
            assertThat(r.err()).as("wf %s", args).doesNotContain("\tat ");
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
