package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.model.Event;
import dev.wf.core.testing.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clones of one repository (a local bare remote), each with an agent working on its own, then {@code wf sync}
 * on both: the same state on both sides, every rule kept, every event once; and nothing of the user's touched.
 */
class GitSyncTests {
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void twoClones() throws Exception {
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        a = dir.resolve("a");
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(a.toFile()).call()) {
            git.checkout().setOrphan(true).setName("main").call();
            Files.writeString(a.resolve("app.py"), "print('hello')\n");
            git.add().addFilepattern("app.py").call();
            git.commit().setMessage("init").setAuthor("dev", "dev@example.org").setCommitter("dev", "dev@example.org")
                    .call();
        }
        ws(a, "2026-11-20T09:00:00Z").start(new StartRequest("Ship the API", "partners", null,
                List.of("schema", "endpoint", "docs"), "api", false, false, false));
        ws(a, "2026-11-20T09:00:00Z").sync(null);
        b = dir.resolve("b");
        Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(b.toFile()).call().close();
    }

    private static Workspace ws(Path p, String now) {
        return Workspace.open(p, Settings.builder().clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC))
                .actor(p.getFileName().toString()).build());
    }

    @Test
    void differentNodesOnEachSideMergeIntoTheSameState() {
        ws(a, "2026-11-20T10:00:00Z").done("schema");
        ws(b, "2026-11-20T10:05:00Z").block("docs", "waiting on legal");

        syncAll();

        assertSameState();
        assertThat(new Project(a).yaml()).contains("blocked_by: waiting on legal");
        assertThat(ws(a, "2026-11-20T12:00:00Z").where().current().id()).isEqualTo("endpoint");
    }

    @Test
    void theSameNodeChangedOnBothSidesKeepsTheLaterChangeAndRecordsTheOther() {
        ws(a, "2026-11-20T10:00:00Z").done("schema");
        ws(b, "2026-11-20T10:30:00Z").block("schema", "the schema needs a review");

        syncAll();

        assertSameState();
        assertThat(new Project(a).yaml()).contains("blocked_by: the schema needs a review");
        assertThat(new Project(b).log()).filteredOn(e -> e.type().equals("merge")).singleElement()
                .satisfies(e -> assertThat(e.data().get("conflicts").toString()).contains("'schema' status"));
    }

    @Test
    void forksWithTheSameIdOnBothSidesMerge() {
        ws(a, "2026-11-20T10:00:00Z").done("schema");
        ws(a, "2026-11-20T10:10:00Z").fork("need a rate limiter", "limiter", null, null);
        ws(a, "2026-11-20T10:11:00Z").add("limiter", "Token bucket", "bucket", null);
        ws(b, "2026-11-20T10:20:00Z").fork("need a limiter library", "limiter", "docs", null);
        ws(b, "2026-11-20T10:21:00Z").add("limiter", "Pick a library", "library", null);

        syncAll();

        assertSameState();
        assertThat(new Project(a).read("workflow-state/forks/limiter/workflow.yaml")).contains("id: bucket",
                "id: library");
        assertThat(ws(a, "2026-11-20T12:00:00Z").check(false).problems()).isEmpty();
    }

    @Test
    void theUsersOwnChangesSurviveCommitAndSync() throws Exception {
        Files.writeString(b.resolve("app.py"), "print('work in progress')\n");
        Files.writeString(b.resolve("notes.txt"), "staged, not mine to commit\n");
        try (Git git = Git.open(b.toFile())) {
            git.add().addFilepattern("notes.txt").call();
        }
        ws(a, "2026-11-20T10:00:00Z").done("schema");
        ws(a, "2026-11-20T10:00:00Z").sync(null);
        ws(b, "2026-11-20T10:05:00Z").block("docs", "waiting");

        ws(b, "2026-11-20T10:06:00Z").commit(null);
        ws(b, "2026-11-20T10:07:00Z").sync(null);

        assertThat(Files.readString(b.resolve("app.py"))).isEqualTo("print('work in progress')\n");
        try (Git git = Git.open(b.toFile())) {
            var status = git.status().call();
            assertThat(status.getModified()).containsExactly("app.py");
            assertThat(status.getAdded()).containsExactly("notes.txt");
            assertThat(git.log().call().iterator().next().getFullMessage()).startsWith("wf:");
        }
    }

    @Test
    void aConflictOutsideWfsFilesStopsTheSyncWithNothingChanged() throws Exception {
        commitFile(a, "app.py", "print('a')\n");
        ws(a, "2026-11-20T10:00:00Z").sync(null);
        commitFile(b, "app.py", "print('b')\n");
        ws(b, "2026-11-20T10:05:00Z").done("schema");
        String head;
        try (Git git = Git.open(b.toFile())) {
            head = git.getRepository().resolve("HEAD").name();
        }
        String yaml = new Project(b).yaml();

        assertThatThrownBy(() -> ws(b, "2026-11-20T10:06:00Z").sync(null)).hasMessageContaining("both sides changed"
                + " app.py (not wf's files); nothing was merged");

        try (Git git = Git.open(b.toFile())) {
            assertThat(git.getRepository().resolve("HEAD").name()).isNotEqualTo(head); // wf's own commit of its files
            assertThat(git.getRepository().resolve("HEAD~1").name()).isEqualTo(head);
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(new Project(b).yaml()).isEqualTo(yaml);
        assertThat(Files.readString(b.resolve("app.py"))).isEqualTo("print('b')\n");
    }

    @Test
    void commitTakesOnlyWfsFilesAndSumsUpTheEvents() throws Exception {
        Files.writeString(a.resolve("other.txt"), "untracked\n");
        ws(a, "2026-11-20T10:00:00Z").done("schema");

        var r = ws(a, "2026-11-20T10:01:00Z").commit(null);

        try (Git git = Git.open(a.toFile())) {
            var last = git.log().call().iterator().next();
            assertThat(last.getId().name()).isEqualTo(r.commit());
            assertThat(last.getFullMessage()).startsWith("wf: 3 events:").contains("node.status schema planned ->"
                    + " done", "pointer.moved endpoint");
            assertThat(git.status().call().getUntracked()).containsExactly("other.txt");
        }
        assertThat(ws(a, "2026-11-20T10:02:00Z").commit(null).commit()).isNull();
    }

    @Test
    void aDetachedHeadIsRefusedBeforeAnythingIsCommitted() throws Exception {
        ws(b, "2026-11-20T10:00:00Z").done("schema");
        String head;
        try (Git git = Git.open(b.toFile())) {
            head = git.getRepository().resolve("HEAD").name();
            git.checkout().setName(head).call();
        }

        assertThatThrownBy(() -> ws(b, "2026-11-20T10:01:00Z").sync(null)).hasMessageContaining("HEAD is not on a"
                + " branch");
        try (Git git = Git.open(b.toFile())) {
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(head);
        }
    }

    private void syncAll() {
        ws(a, "2026-11-20T11:00:00Z").sync(null);
        ws(b, "2026-11-20T11:01:00Z").sync(null);
        ws(a, "2026-11-20T11:02:00Z").sync(null);
    }

    /** Both clones hold the same files of wf's, every rule holds, and every event is in each log once. */
    private void assertSameState() {
        Project pa = new Project(a);
        Project pb = new Project(b);
        assertThat(pa.yaml()).isEqualTo(pb.yaml());
        assertThat(lines(pa)).isEqualTo(lines(pb));
        for (Project p : List.of(pa, pb)) {
            List<String> ids = p.log().stream().map(Event::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(p.types()).doesNotContain("edit.detected");
            assertThat(p.ws().check(false).problems()).isEmpty();
        }
    }

    private static Set<String> lines(Project p) {
        return new HashSet<>(p.read("workflow-state/log.jsonl").lines().collect(Collectors.toSet()));
    }

    private static void commitFile(Path repo, String file, String text) throws Exception {
        Files.writeString(repo.resolve(file), text, StandardCharsets.UTF_8);
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(file).call();
            git.commit().setMessage("change " + file).setAuthor("dev", "dev@example.org")
                    .setCommitter("dev", "dev@example.org").call();
        }
    }
}
