package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerbTests {
    @TempDir
    Path dir;

    @Test
    void theSeedsRunningExampleFromStartToTheLastPhase() {
        Run run = new Run(dir);
        assertThat(run.startReportsApi().exit()).isZero();
        assertThat(run.wf("done").out()).contains("schema: planned → done", "pointer: schema → endpoint");
        run.wf("add", "endpoint", "GET /reports", "--id", "get-reports");
        run.wf("add", "endpoint", "Auth check", "--id", "auth");
        run.wf("done");

        assertThat(run.wf("fork", "need rate limiter", "--id", "rate-limiter").out())
                .contains("fork rate-limiter opened from auth", "auth: in-progress → blocked");
        assertThat(run.wf("where", "--brief").out()).contains("reports-api › rate-limiter");
        run.wf("add", "rate-limiter", "Token bucket", "--id", "bucket");
        run.wf("add", "rate-limiter", "Redis store", "--id", "redis");
        assertThat(run.wf("where", "--brief").out()).contains("reports-api › rate-limiter › bucket");
        assertThat(run.wf("resume").out()).contains("not complete", "resume at 'bucket'");
        run.wf("done");
        run.wf("done");
        assertThat(run.wf("resume").out()).contains("fork rate-limiter merged; back to auth",
                "auth: blocked → in-progress");
        run.wf("done");
        run.wf("done");

        Run.Result where = run.wf("where");
        assertThat(where.out()).contains("reports-api: Ship a public /reports REST API (completed)");
        assertThat(run.wf("check").exit()).isZero();
        assertThat(run.read("workflow-state/log.jsonl").lines()).hasSizeGreaterThan(15);
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheVerb() {
        Run run = new Run(dir.getParent());
        String name = dir.getFileName().toString();
        new Run(dir).startReportsApi();

        assertThat(run.wf("-C", name, "where", "--json").out()).startsWith("{\"chain\":");
        assertThat(run.wf("where", "-C", name, "--json").out()).startsWith("{\"chain\":");
    }

    @Test
    void whereJsonHasAPinnedShape() throws IOException {
        Run run = new Run(dir);
        run.startReportsApi();
        run.write("docs/architecture.md", "# Architecture\n\n## API conventions\n\nPlural paths.\n");
        run.wf("add", "endpoint", "GET /reports", "--id", "get-reports");
        run.wf("edit", "get-reports", "--process", "1. Add the handler\n2. Test it", "--input",
                "L3:reference docs/architecture.md#API conventions", "--why", "routing rules", "--output",
                "handlers=src/api/reports.py:python");
        run.wf("goto", "get-reports", "--why", "schema can wait");

        String json = run.wf("where", "--json").out().strip();

        assertThat(json).isEqualTo(golden("where.json"));
    }

    @Test
    void controlCharactersFromUserTextAreNeutralisedOnTheTerminal() {
        Run run = new Run(dir);
        run.startReportsApi();

        run.wf("add", "reports-api", "evil \u001b[31mred\u001b[0m \u0007bell", "--id", "evil");
        Run.Result r = run.wf("where");

        assertThat(r.out()).contains("evil ^[[31mred^[[0m ^Gbell").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(run.read("CONTEXT.md")).doesNotContain("\u001b");
    }

    @Test
    void startAsksTheFourQuestionsOnATerminal() {
        Run run = new Run(dir).terminal("Ship the API\nPartners need it\nan endpoint\nschema; endpoint; docs\n");

        Run.Result r = run.wf("start");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Goal:", "Why does it matter?", "first phases");
        assertThat(run.read("workflow-state/workflow.yaml")).contains("title: Ship the API", "why: Partners need it",
                "- id: docs");
    }

    @Test
    void underJsonTheQuestionsGoToStderrAndStdoutHoldsOnlyTheDocument() {
        Run run = new Run(dir).terminal("Ship the API\nPartners need it\nan endpoint\nschema; endpoint; docs\n");

        Run.Result r = run.wf("start", "--json");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Goal:", "Why does it matter?", "first phases");
        assertThat(r.out()).startsWith("{\"ok\":true,").hasLineCount(1);
    }

    @Test
    void startAdvisesAgainstOneShotWorkOnATerminal() {
        Run run = new Run(dir).terminal("Fix a typo\nIt is wrong\nfixed text\nfix\nn\nn\nn\n");

        Run.Result r = run.wf("start");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("Scaffold anyway?");
        assertThat(r.err()).contains("one-shot");
        assertThat(dir.resolve("workflow-state")).doesNotExist();
    }

    @Test
    void logFiltersByTypeAndNodeAndPrintsJson() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("done");
        run.wf("block", "endpoint", "--why", "waiting for the schema review");

        assertThat(run.wf("log", "--type", "node.status").out().lines()).hasSize(3);
        assertThat(run.wf("log", "--node", "endpoint").out()).contains("waiting for the schema review");
        assertThat(run.wf("log", "--json").out().lines()).singleElement().asString()
                .startsWith("{\"entries\":[{\"workflow\":\"\",\"event\":{");
        assertThat(run.wf("log", "--json", "--follow", "--follow-seconds", "1").out().lines()).hasSizeGreaterThan(2)
                .allSatisfy(l -> assertThat(l).startsWith("{\"workflow\":"));
        assertThat(run.wf("log", "--since", "yesterday").exit()).isEqualTo(2);
        assertThat(run.wf("log", "--type", "nonsense").exit()).isEqualTo(2);
        assertThat(run.wf("log", "--since", "2026-11-02").out()).isEmpty();
    }

    @Test
    void checkExitsThreeOnABrokenTreeAndFixRepairsIt() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("add", "endpoint", "A", "--id", "a");
        run.write("workflow-state/workflow.yaml", run.read("workflow-state/workflow.yaml")
                .replace("current_node: schema", "current_node: endpoint"));

        Run.Result broken = run.wf("check");
        Run.Result fixed = run.wf("check", "--fix");

        assertThat(broken.exit()).isEqualTo(3);
        assertThat(broken.out()).contains("workflow-state/workflow.yaml:", "current_node: 'endpoint' has tasks");
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.out()).contains("fixed: pointer of reports-api → a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mermaid", "dot", "json", "markdown"})
    void exportDrawsForksWithTheirReturnEdges(String format) {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("fork", "need rate limiter", "--id", "rate-limiter");
        run.wf("add", "rate-limiter", "Token bucket", "--id", "bucket");

        Run.Result r = run.wf("export", "--format", format);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("rate-limiter", "bucket");
        switch (format) {
            case "mermaid" -> assertThat(r.out()).startsWith("flowchart TD").contains("-. returns .->");
            case "dot" -> assertThat(r.out()).startsWith("digraph wf").contains("style=dashed");
            case "json" -> assertThat(r.out()).contains("\"return_to\" : \"schema\"");
            default -> assertThat(r.out()).contains("- fork `rate-limiter` (open)");
        }
    }

    @Test
    void listShowsTheRootAndEveryForkWithItsStatus() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("fork", "need rate limiter", "--id", "rate-limiter");
        run.wf("add", "rate-limiter", "Design", "--id", "design");
        run.wf("fork", "need redis", "--id", "redis");

        Run.Result r = run.wf("list");

        assertThat(r.out()).contains("root: Ship a public /reports REST API", "fork rate-limiter: need rate limiter",
                "[fork open, returns to schema]", "fork rate-limiter/redis: need redis");
    }

    @Test
    void versionAndHelpWork() {
        Run run = new Run(dir);

        assertThat(run.wf("--version").out()).startsWith("wf ");
        assertThat(run.wf("--help").out()).contains("where", "fork", "resume", "Exit codes");
        assertThat(run.wf("help", "done").out()).contains("Usage: wf done");
        assertThat(run.wf("add", "--help").out()).contains("Usage: wf add", "--after=SIBLING");
        assertThat(run.wf("start", "-h").out()).contains("--spans-sessions", "--unknowns");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = VerbTests.class.getResourceAsStream("/golden/" + name)) {
            return in == null ? "(missing golden file " + name + ")" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void logReachesIntoAForkWithForkSlashId() {
        Run run = new Run(dir);
        run.startReportsApi();
        run.wf("fork", "need rate limiter", "--id", "rate-limiter");
        run.wf("add", "rate-limiter", "Token bucket", "--id", "bucket");

        Run.Result r = run.wf("log", "--node", "rate-limiter/bucket");

        assertThat(r.out()).contains("[rate-limiter] node.added  added bucket under rate-limiter");
        assertThat(run.wf("log", "--node", "other/bucket").out()).isEmpty();
    }
}
