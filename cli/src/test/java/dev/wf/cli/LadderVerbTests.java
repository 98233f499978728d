package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ladder as a user types it (the same steps as examples/ladder.sh), and each refusal on the way. */
class LadderVerbTests {
    @TempDir
    Path dir;

    @Test
    void rootForkForkResumeGraduateFinishOperateAndRun() {
        Run run = new Run(dir);
        ok(run, "start", "--goal", "Ship a public /reports REST API", "--why", "partners", "--phase", "schema",
                "--phase", "endpoint", "--phase", "docs", "--id", "reports-api");
        ok(run, "done");
        ok(run, "fork", "need a rate limiter", "--id", "rate-limiter");
        ok(run, "add", "rate-limiter", "Pick the algorithm", "--id", "algorithm");
        ok(run, "fork", "need a token bucket library", "--id", "token-bucket");
        ok(run, "add", "token-bucket", "Write the bucket", "--id", "bucket");
        assertThat(run.wf("where", "--brief").out()).startsWith("reports-api › rate-limiter › token-bucket › bucket");

        Run.Result open = run.wf("graduate", "rate-limiter/token-bucket", "--skill", "token-bucket", "--force");
        assertThat(open.exit()).isEqualTo(3);
        assertThat(open.err()).contains("fork 'token-bucket' is still open");
        Run.Result unfinished = run.wf("finish", "--shipped", "x", "--recur", "no");
        assertThat(unfinished.exit()).isEqualTo(3);
        assertThat(unfinished.err()).contains("not finished", "open fork(s): rate-limiter");

        ok(run, "done");
        assertThat(ok(run, "resume")).contains("fork token-bucket merged; back to algorithm");
        ok(run, "done");
        assertThat(ok(run, "resume")).contains("fork rate-limiter merged; back to endpoint");
        assertThat(run.wf("graduate", "rate-limiter/token-bucket", "--skill", "token-bucket").exit()).isEqualTo(3);
        assertThat(ok(run, "graduate", "rate-limiter/token-bucket", "--skill", "token-bucket", "--force"))
                .contains(".claude/skills/token-bucket/SKILL.md");
        ok(run, "done");
        ok(run, "done");
        assertThat(ok(run, "finish", "--shipped", "GET /reports", "--recur", "yes")).contains("It will recur");
        ok(run, "operation", "create", "reports-release", "--from", "workflow-state");
        ok(run, "graduate", "rate-limiter", "--into", "operations/reports-release#endpoint", "--force");
        ok(run, "run", "reports-release", "--period", "2026-11");
        ok(run, "run", "reports-release", "--period", "2026-12");
        Run.Result again = run.wf("run", "reports-release", "--period", "2026-12");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("has already run for 2026-12");

        assertThat(ok(run, "list")).contains("operation operations/reports-release", "run runs/2026-11",
                "[run of reports-release]", "fork rate-limiter/token-bucket");
        assertThat(run.read("operations/reports-release/workflow-state/workflow.yaml")).contains("id: rate-limiter");
        assertThat(run.read("workflow-state/workflow.yaml"))
                .contains("graduated_to: operations/reports-release/rate-limiter");
        assertThat(run.read("workflow-state/forks/rate-limiter/workflow.yaml"))
                .contains("graduated_to: .claude/skills/token-bucket");
        assertThat(run.read("PROGRESS.md")).contains("- Shipped: GET /reports");
        assertThat(run.wf("check", "--done").out()).contains("[x] the \"will this recur?\" question is answered");
    }

    @Test
    void badLadderInputIsOneLineAndWritesNothing() {
        Run run = new Run(dir);
        run.startReportsApi();
        Map<String, String> before = run.snapshot();

        assertThat(run.wf("finish").exit()).isEqualTo(2);
        assertThat(run.wf("finish", "--shipped", "x", "--recur", "maybe").err()).contains("is not yes or no");
        assertThat(run.wf("graduate", "nope").err()).contains("needs --into DIR or --skill NAME");
        assertThat(run.wf("graduate", "x", "--into", "a", "--skill", "b").err()).contains("not both");
        assertThat(run.wf("operation").exit()).isEqualTo(2);
        assertThat(run.wf("run", "--json").out()).startsWith("{\"error\":{\"kind\":\"usage\"");
        assertThat(run.wf("operation", "create", "x", "--from", "workflow-state").err()).contains("is not finished");
        assertThat(run.wf("run", "nightly").err()).contains("no operation 'nightly'");
        assertThat(run.snapshot()).isEqualTo(before);
    }

    @Test
    void templatesAreListedAndAMissingPlaceholderIsRefused() {
        Run run = new Run(dir);
        assertThat(ok(run, "template", "list")).contains("rest-endpoint", "release", "document-job", "blank",
                "(built-in)");

        Run.Result unknown = run.wf("start", "--template", "nope", "--goal", "G");
        Run.Result missing = run.wf("start", "--template", "release", "--goal", "Release 2.0");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("needs a value for: version");
        assertThat(run.snapshot()).isEmpty();
        assertThat(ok(run, "start", "--template", "release", "--goal", "Release 2.0", "--set", "version=2.0"))
                .contains("now: release-2-0 › freeze");
        assertThat(run.read("workflow-state/workflow.yaml")).contains("title: Tag v2.0 and publish the artifacts");
    }

    private static String ok(Run run, String... args) {
        Run.Result r = run.wf(args);
        assertThat(r.exit()).as("wf %s: %s", String.join(" ", args), r.err()).isZero();
        return r.out();
    }
}
