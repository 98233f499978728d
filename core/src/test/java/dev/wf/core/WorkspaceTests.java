package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.report.WhereReport;
import dev.wf.core.testing.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTests {
    @TempDir
    Path dir;

    @Test
    void startScaffoldsTheFilesAndLogsTheStart() {
        Project p = new Project(dir);

        p.startReportsApi();

        assertThat(p.yaml()).contains("id: reports-api", "current_node: schema");
        assertThat(p.read("workflow-state/current-pointer.md")).contains("You are at **schema**");
        assertThat(p.read("CONTEXT.md")).contains("<!-- wf:begin -->", "schema: schema (planned)");
        assertThat(p.types()).containsExactly("workflow.started");
    }

    @Test
    void startRefusesAnExistingWorkflowAndOneShotWork() {
        Project p = new Project(dir);
        p.startReportsApi();
        String before = p.yaml();

        assertThatThrownBy(p::startReportsApi).isInstanceOf(WfException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> new Project(dir.resolve("other")).ws().start(new StartRequest("Fix a typo", null,
                null, List.of("fix"), null, false, false, false))).hasMessageContaining("one-shot");
        assertThat(p.yaml()).isEqualTo(before);
    }

    @Test
    void doneMovesThePointerAndMarksTheNextLeafInProgress() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();

        Outcome o = ws.done(null);

        assertThat(o.events()).extracting(Event::type).containsExactly("node.status", "pointer.moved", "node.status");
        assertThat(ws.where().current().id()).isEqualTo("endpoint");
        assertThat(ws.where().current().status()).isEqualTo("in-progress");
    }

    @Test
    void addingUnderTheCurrentLeafDecomposesItAndFollowsThePointer() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);

        ws.add("endpoint", "GET /reports", "get-reports", null);
        ws.add("endpoint", "Auth", "auth", null);

        WhereReport w = ws.where();
        assertThat(w.current().id()).isEqualTo("get-reports");
        assertThat(w.current().status()).isEqualTo("in-progress");
        assertThat(w.tree()).extracting(WhereReport.Row::id).containsSubsequence("endpoint", "get-reports", "auth");
    }

    @Test
    void aNodeWithTasksCannotBeMarkedByHand() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.add("endpoint", "GET /reports", "get-reports", null);

        assertThatThrownBy(() -> ws.done("endpoint")).isInstanceOf(WfException.class)
                .hasMessageContaining("its status comes only from them")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
    }

    @Test
    void unknownIdsAreInvalidInputAndWriteNothing() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String before = p.yaml();

        assertThatThrownBy(() -> ws.done("nope")).isInstanceOf(WfException.class)
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(p.yaml()).isEqualTo(before);
        assertThat(p.types()).containsExactly("workflow.started");
    }

    @Test
    void forkBlocksItsParentUntilMerged() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);

        ws.fork("need rate limiter", "rate-limiter", null, null);

        assertThat(p.yaml()).contains("status: blocked", "current_node: rate-limiter", "sub_workflow: forks/rate-limiter");
        assertThat(p.read("workflow-state/forks/rate-limiter/workflow.yaml")).contains("id: rate-limiter");
        assertThat(ws.where().chain()).extracting(WhereReport.Link::workflow).containsExactly("reports-api",
                "rate-limiter");
        assertThatThrownBy(() -> ws.unblock("endpoint")).hasMessageContaining("open fork 'rate-limiter'");
    }

    @Test
    void resumeSaysWhatIsLeftThenMergesAndReturns() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.fork("need rate limiter", "rate-limiter", null, null);
        ws.add("rate-limiter", "Token bucket", "bucket", null);

        assertThat(ws.resume(null).message()).contains("not complete", "resume at 'bucket'");
        ws.done(null);
        Outcome merged = ws.resume(null);

        assertThat(merged.events()).extracting(Event::type).contains("fork.merged", "node.status", "pointer.moved");
        WhereReport w = ws.where();
        assertThat(w.chain()).hasSize(1);
        assertThat(w.current().id()).isEqualTo("endpoint");
        assertThat(w.current().status()).isEqualTo("in-progress");
        assertThat(p.log("workflow-state/forks/rate-limiter/log.jsonl")).extracting(Event::type)
                .containsExactly("workflow.started", "node.added", "pointer.moved", "node.status", "node.status",
                        "workflow.completed");
    }

    @Test
    void resumeWithNoForkOpenIsARuleError() {
        Workspace ws = new Project(dir).startReportsApi();

        assertThatThrownBy(() -> ws.resume(null)).hasMessageContaining("nothing to resume");
    }

    @Test
    void abandonClosesTheForkAndUnblocksTheParent() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("need a thing", "thing", null, null);

        ws.abandon("thing", "found one on the shelf");

        assertThat(ws.where().current().id()).isEqualTo("schema");
        assertThat(ws.where().current().status()).isEqualTo("in-progress");
        assertThat(p.yaml()).contains("status: abandoned");
    }

    @Test
    void gotoNeedsAReasonAndLogsIt() {
        Workspace ws = new Project(dir).startReportsApi();

        assertThatThrownBy(() -> ws.jump("docs", " ")).hasMessageContaining("needs a reason");
        Outcome o = ws.jump("docs", "deferring schema to write docs first");

        assertThat(o.events()).filteredOn(e -> e.type().equals("pointer.moved")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("deferring schema to write docs first"));
    }

    @Test
    void removeKeepsTheSubtreeInTheLog() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.add("docs", "API reference", "api-ref", null);

        ws.remove("docs", "docs move to another team");

        Event removed = p.log().get(p.log().size() - 1);
        assertThat(removed.type()).isEqualTo("node.removed");
        assertThat(removed.data().toString()).contains("api-ref", "API reference");
        assertThat(p.yaml()).doesNotContain("docs");
    }

    @Test
    void everyEventCarriesTheHashOfTheFileItProduced() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();

        ws.done(null);

        String sha = dev.wf.core.store.Hashing.sha256(java.nio.file.Files.readAllBytes(
                dir.resolve("workflow-state/workflow.yaml")));
        assertThat(p.log().get(p.log().size() - 1).sha256()).isEqualTo(sha);
        assertThat(p.log()).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("tester");
            assertThat(e.ts()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        });
    }

    @Test
    void anUnchangedTreeWritesNothing() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        var yaml = dir.resolve("workflow-state/workflow.yaml");
        var before = java.nio.file.Files.getLastModifiedTime(yaml);
        Thread.sleep(20);

        ws.check(true);

        assertThat(java.nio.file.Files.getLastModifiedTime(yaml)).isEqualTo(before);
        assertThat(p.types()).containsExactly("workflow.started");
    }

    @Test
    void followHandsOverEventsLoggedAfterItStarts() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        java.util.concurrent.BlockingQueue<dev.wf.core.report.LogEntry> seen =
                new java.util.concurrent.LinkedBlockingQueue<>();

        try (AutoCloseable following = ws.follow(dev.wf.core.report.LogQuery.of(null, "node.added", null), seen::add)) {
            Thread.sleep(300);
            ws.add("reports-api", "late phase", "late", null);
            dev.wf.core.report.LogEntry entry = seen.poll(10, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(entry).isNotNull();
            assertThat(entry.event().node()).isEqualTo("late");
        }
    }
}
