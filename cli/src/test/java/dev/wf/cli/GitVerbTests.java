package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line git merging wf's files through the driver that {@code wf git setup} configures: git merge and git
 * rebase, with both clones working in parallel on different nodes, the same node, and forks with the same id.
 */
class GitVerbTests {
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void twoClonesSetUp() throws Exception {
        assumeTrue(git(dir, "--version").startsWith("git version"), "the git command is needed");
        git(dir, "init", "-q", "--bare", "-b", "main", "remote.git");
        git(dir, "clone", "-q", "remote.git", "a");
        a = dir.resolve("a");
        git(a, "checkout", "-q", "-b", "main");
        wf(a, "2026-11-20T09:00:00Z", "start", "--goal", "Ship the API", "--why", "partners", "--phase", "schema",
                "--phase", "endpoint", "--phase", "docs", "--id", "api");
        assertThat(wf(a, null, "git", "setup", "--driver", driver()).out()).contains(".gitattributes: added 4 line(s)",
                ".git/config: merge.wf.driver");
        assertThat(wf(a, null, "git", "setup", "--driver", driver()).out()).contains("already set up");
        git(a, "add", ".gitattributes");
        git(a, "commit", "-q", "-m", "wf merges its own files");
        wf(a, null, "commit");
        git(a, "push", "-q", "origin", "main");
        git(dir, "clone", "-q", "remote.git", "b");
        b = dir.resolve("b");
        wf(b, null, "git", "setup", "--driver", driver());
        work();
    }

    /** Both sides work: different nodes, the same node, and a fork with the same id. */
    private void work() throws Exception {
        wf(a, "2026-11-20T10:00:00Z", "done");
        wf(a, "2026-11-20T10:10:00Z", "fork", "need a rate limiter", "--id", "limiter");
        wf(a, "2026-11-20T10:11:00Z", "add", "limiter", "Token bucket", "--id", "bucket");
        wf(a, null, "commit");
        git(a, "push", "-q", "origin", "main");
        wf(b, "2026-11-20T10:20:00Z", "block", "docs", "--why", "waiting on legal");
        wf(b, "2026-11-20T10:30:00Z", "block", "schema", "--why", "the schema needs a review");
        wf(b, "2026-11-20T10:31:00Z", "fork", "need a limiter library", "--id", "limiter", "--from", "endpoint");
        wf(b, "2026-11-20T10:32:00Z", "add", "limiter", "Pick a library", "--id", "library");
        Files.writeString(b.resolve("notes.txt"), "mine, uncommitted\n");
        wf(b, null, "commit");
    }

    @Test
    void gitMergeMergesWfsFilesWithTheDriver() throws Exception {
        git(b, "pull", "-q", "--no-rebase", "origin", "main");

        assertMerged();
    }

    @Test
    void gitRebaseMergesWfsFilesWithTheDriver() throws Exception {
        git(b, "pull", "-q", "--rebase", "origin", "main");

        assertMerged();
    }

    private void assertMerged() throws IOException, InterruptedException {
        Run.Result where = wf(b, "2026-11-20T11:00:00Z", "where", "--brief");
        String yaml = Files.readString(b.resolve("workflow-state/workflow.yaml"));
        String log = Files.readString(b.resolve("workflow-state/log.jsonl"));
        assertThat(wf(b, "2026-11-20T11:00:00Z", "check").exit()).isZero();
        assertThat(yaml).contains("blocked_by: waiting on legal", "blocked_by: the schema needs a review");
        assertThat(Files.readString(b.resolve("workflow-state/forks/limiter/workflow.yaml"))).contains("id: bucket",
                "id: library");
        assertThat(log).doesNotContain("edit.detected");
        assertThat(wf(b, "2026-11-20T11:00:00Z", "log", "--type", "merge").out()).as("the merge is logged, not taken"
                + " for a hand edit").contains("merge  merged by git");
        List<String> ids = new ArrayList<>();
        log.lines().forEach(l -> ids.add(l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\",\"ts\""))));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(Files.readString(Path.of(a.toString(), "workflow-state/log.jsonl")).lines()
                .filter(l -> !log.contains(l)).toList()).as("every event of the other clone is here").isEmpty();
        assertThat(where.out()).startsWith("api › ");
        assertThat(Files.readString(b.resolve("notes.txt"))).isEqualTo("mine, uncommitted\n");
        assertThat(git(b, "status", "--porcelain")).contains("?? notes.txt").doesNotContain("UU");
    }

    private Run.Result wf(Path in, String now, String... args) {
        Run run = new Run(in);
        if (now != null) {
            run.env("WF_NOW", now);
        }
        Run.Result r = run.wf(args);
        assertThat(r.exit()).as("wf %s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    /** This test's wf as a shell command for git's merge driver. */
    private static String driver() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName();
    }

    private static String git(Path in, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.putAll(Map.of("GIT_AUTHOR_NAME", "dev", "GIT_AUTHOR_EMAIL", "dev@example.org", "GIT_COMMITTER_NAME",
                "dev", "GIT_COMMITTER_EMAIL", "dev@example.org", "GIT_CONFIG_NOSYSTEM", "1", "HOME",
                in.toString()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException noGit) {
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(exit).as("git %s: %s", String.join(" ", args), out).isZero();
        return out;
    }
}
