package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.report.WhereReport;
import dev.wf.core.store.EventCodec;
import dev.wf.core.store.StateLock;
import dev.wf.core.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTests {
    @TempDir
    Path dir;

    @Test
    void staleStagedFilesWithoutAJournalAreRolledBack() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String before = p.yaml();
        Path staging = Files.createDirectories(dir.resolve("workflow-state/.wf-staging"));
        Files.writeString(staging.resolve("0.tmp"), "half a change");

        Outcome o = ws.done(null);

        assertThat(o.notices()).anySatisfy(n -> assertThat(n).contains("rolled back"));
        assertThat(p.types()).containsSubsequence("recovered", "node.status");
        assertThat(p.yaml()).isNotEqualTo(before);
        assertThat(staging).isEmptyDirectory();
    }

    @Test
    void aCommittedJournalIsFinishedOnTheNextCommandAndItsEventsLoggedOnce() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String newYaml = p.yaml().replace("current_node: schema", "current_node: docs");
        Event e = Event.of(EventType.POINTER_MOVED, "docs", "schema", "docs", "test")
                .stamped("00000000000000000000001", "2026-11-01T09:00:00.000Z", "tester", null, null,
                        dev.wf.core.store.Hashing.sha256(newYaml.getBytes()));
        String line = EventCodec.toLine(e);
        Path staging = Files.createDirectories(dir.resolve("workflow-state/.wf-staging"));
        Files.writeString(staging.resolve("0.tmp"), newYaml);
        Path log = dir.resolve("workflow-state/log.jsonl");
        String quoted = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(line));
        Files.writeString(staging.resolve("journal.json"), "{\"writes\":[{\"target\":\"workflow-state/workflow.yaml\","
                + "\"file\":\"0.tmp\",\"before\":\"" + sha(p.yaml()) + "\",\"after\":\"" + sha(newYaml) + "\"}],\"appends\":[{\"log\":\"workflow-state/log.jsonl\","
                + "\"from\":" + Files.size(log) + ",\"lines\":[\"" + quoted + "\"]}]}");
        // a torn half of the same line, as a kill during the append leaves it
        Files.writeString(log, line.substring(0, 30), java.nio.file.StandardOpenOption.APPEND);

        WhereReport where = ws.where();

        assertThat(p.yaml()).isEqualTo(newYaml);
        assertThat(p.log()).filteredOn(x -> "00000000000000000000001".equals(x.id())).hasSize(1);
        assertThat(p.types()).contains("recovered");
        assertThat(where.current().id()).isEqualTo("docs");
        assertThat(dir.resolve("workflow-state/workflow.yaml.conflict-1")).doesNotExist();
    }

    @Test
    void aTargetThatCannotBePlacedFailsTheChangeBeforeItCommits() throws Exception {
        Project p = new Project(dir);
        p.startReportsApi();
        p.write("notes.txt", "a person's file");
        String yaml = p.yaml();
        dev.wf.core.store.Transaction tx = new dev.wf.core.store.Transaction(dir, dir.resolve("workflow-state"));
        tx.write(dir.resolve("workflow-state/workflow.yaml"), yaml + "# changed\n")
                .write(dir.resolve("notes.txt/SKILL.md"), "x");

        assertThatThrownBy(tx::commit).isInstanceOf(java.io.IOException.class);

        assertThat(p.yaml()).isEqualTo(yaml);
        assertThat(p.read("notes.txt")).isEqualTo("a person's file");
        assertThat(p.ws().where().current().id()).as("the project still works").isEqualTo("schema");
        assertThat(p.types()).doesNotContain("recovered");
    }

    @Test
    void aHeldLockMakesAWriterWaitThenNamesTheHolder() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();

        try (StateLock held = StateLock.acquire(dir.resolve("workflow-state"), "wf test", Duration.ZERO,
                Instant.parse("2026-11-01T08:00:00Z"))) {
            assertThatThrownBy(() -> ws.done(null)).isInstanceOf(WfException.class)
                    .satisfies(x -> assertThat(((WfException) x).kind()).isEqualTo(ErrorKind.CONFLICT))
                    .hasMessageContaining("locked by pid " + ProcessHandle.current().pid() + " (wf test)");
        }
        ws.done(null);
        assertThat(p.types()).contains("node.status");
    }

    @Test
    void aFileChangedAfterTheCrashIsKeptBesideTheRecoveredOne() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String committed = p.yaml().replace("current_node: schema", "current_node: docs");
        String pulled = p.yaml() + "# pulled from a teammate after the crash\n";
        Path staging = Files.createDirectories(dir.resolve("workflow-state/.wf-staging"));
        Files.writeString(staging.resolve("0.tmp"), committed);
        Files.writeString(staging.resolve("journal.json"), "{\"writes\":[{\"target\":\"workflow-state/workflow.yaml\","
                + "\"file\":\"0.tmp\",\"before\":\"" + sha(p.yaml()) + "\",\"after\":\"" + sha(committed) + "\"}],"
                + "\"appends\":[]}");
        p.write("workflow-state/workflow.yaml", pulled);

        Outcome o = ws.done("schema");

        assertThat(p.read("workflow-state/workflow.yaml.conflict-1")).isEqualTo(pulled);
        assertThat(o.notices()).anySatisfy(n -> assertThat(n).contains("kept as workflow.yaml.conflict-1"));
    }

    @Test
    void wfsOwnCopyOfWhatItWroteIsPutInPlaceWithoutHashesOrAConflictCopy() throws Exception {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String committed = p.yaml().replace("current_node: schema", "current_node: docs");
        Path staging = Files.createDirectories(dir.resolve("workflow-state/.wf-staging"));
        Files.writeString(staging.resolve("0.tmp"), committed);
        Files.writeString(staging.resolve("journal.json"), "{\"writes\":[{\"target\":\"workflow-state/.wf-last.yaml\","
                + "\"file\":\"0.tmp\",\"before\":null,\"after\":null}],\"appends\":[]}");
        p.write("workflow-state/.wf-last.yaml", "changed after the crash\n");

        ws.where();

        assertThat(p.types()).contains("recovered");
        assertThat(p.read("workflow-state/.wf-last.yaml")).doesNotContain("changed after the crash");
        assertThat(dir.resolve("workflow-state/.wf-last.yaml.conflict-1")).doesNotExist();
    }

    private static String sha(String text) {
        return dev.wf.core.store.Hashing.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
