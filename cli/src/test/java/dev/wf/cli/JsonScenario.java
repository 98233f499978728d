package dev.wf.cli;

import dev.wf.core.store.StateLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * The runs behind the JSON goldens, in order, in a few projects under one temporary folder: {@code p} goes through
 * every verb from start to run; {@code broken}, {@code disk} and {@code g} (a git repository with a bare remote)
 * give the errors and the git verbs. A step with a golden name is run with --json and compared with
 * {@code json-golden/NAME.json} ({@code .jsonl} for a stream); the others only set the scene.
 */
final class JsonScenario {
    /** What a step may do besides running wf; {@code held} keeps a lock until a later step lets it go. */
    interface Action {
        void run(Path root, Deque<AutoCloseable> held) throws Exception;
    }

    /** A wf run in {@code project} (golden null: it only sets the scene, and must exit 0), or an action. */
    record Step(String golden, int exit, String project, List<String> args, Action action) {
        boolean stream() {
            return args.contains("--follow");
        }

        String file() {
            return golden + (stream() ? ".jsonl" : ".json");
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private String project = "p";

    private JsonScenario() {
    }

    static List<Step> steps() {
        JsonScenario s = new JsonScenario();
        s.main();
        s.errors();
        s.git();
        return List.copyOf(s.steps);
    }

    private void main() {
        golden("template-list", 0, "template", "list");
        golden("start", 0, "start", "--goal", "Ship a public /reports REST API", "--why", "Partners pull reports.",
                "--phase", "schema", "--phase", "endpoint", "--phase", "docs", "--id", "reports-api");
        golden("where", 0, "where");
        golden("next", 0, "next");
        golden("add", 0, "add", "endpoint", "GET /reports", "--id", "get-reports");
        write("docs/architecture.md", "# Architecture\n\n## API conventions\n\nPlural paths.\n");
        golden("edit", 0, "edit", "get-reports", "--process", "1. Add the handler\n2. Test it", "--input",
                "L3:reference docs/architecture.md#API conventions", "--why", "routing rules", "--output",
                "handlers=src/api/reports.py:python");
        golden("context", 0, "context", "get-reports");
        golden("rename", 0, "rename", "get-reports", "list-reports");
        scene("add", "reports-api", "Old notes", "--id", "old-notes");
        golden("move", 0, "move", "old-notes", "--to", "endpoint");
        golden("remove", 0, "remove", "old-notes", "--why", "folded into the docs");
        golden("goto", 0, "goto", "list-reports", "--why", "the schema can wait");
        golden("block", 0, "block", "schema", "--why", "waiting for the review");
        golden("unblock", 0, "unblock", "schema");
        scene("add", "endpoint", "Pagination", "--id", "pagination");
        golden("skip", 0, "skip", "pagination", "--why", "later");
        write("src/api/reports.py", "def reports(): ...\n");
        golden("done", 0, "done");
        golden("fork", 0, "fork", "need a rate limiter", "--id", "rate-limiter");
        scene("add", "rate-limiter", "Token bucket", "--id", "bucket");
        golden("where.in-fork", 0, "where");
        golden("resume.not-complete", 0, "resume");
        scene("done");
        golden("resume", 0, "resume");
        scene("fork", "need a cache", "--id", "cache");
        golden("abandon", 0, "abandon", "cache", "--why", "not needed after all");
        golden("graduate", 0, "graduate", "rate-limiter", "--skill", "rate-limiter", "--force");
        golden("check", 0, "check");
        golden("check.done", 3, "check", "--done");
        golden("finish.error-rule", 3, "finish", "--shipped", "GET /reports", "--recur", "yes");
        scene("done");
        scene("done");
        golden("finish", 0, "finish", "--shipped", "GET /reports", "--recur", "yes");
        golden("operation-create", 0, "operation", "create", "reports-release", "--from", "workflow-state");
        golden("run", 0, "run", "reports-release", "--period", "2026-12");
        golden("run.error-rule", 3, "run", "reports-release", "--period", "2026-12");
        golden("list", 0, "list");
        golden("log", 0, "log", "--type", "fork");
        golden("log.follow", 0, "log", "--type", "fork", "--follow", "--follow-seconds", "1");
        golden("export", 0, "export", "--format", "json");
        golden("export.mermaid", 0, "export", "--format", "mermaid");
        golden("agent-install", 0, "agent", "install");
        golden("completion.error-usage", 2, "completion", "fish");
        golden("mcp.help", 0, "mcp", "--help");
        golden("daemon.status", 3, "daemon", "status");
        golden("daemon.stop", 0, "daemon", "stop");
        golden("daemon.start.error-invalid", 2, "daemon", "start"); // the tests run from classes, not the jar
        golden("daemon.serve.error-invalid", 2, "daemon", "serve");
    }

    private void errors() {
        golden("done.error-not-found", 2, "done", "nope");
        golden("done.error-usage", 2, "done", "--no-such-option");
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> held.push(StateLock.acquire(
                root.resolve("p/workflow-state"), "wf test", Duration.ZERO, Instant.parse("2026-11-01T09:00:00Z")))));
        golden("add.error-lock", 3, "add", "reports-api", "Late", "--wait", "0");
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> held.pop().close()));
        golden("wf", 0);
        golden("wf.version", 0, "--version");
        golden("help", 0, "help", "unblock");
        golden("done.help", 0, "done", "--help");
        golden("operation", 2, "operation");
        golden("template", 2, "template");
        golden("git", 2, "git");
        golden("agent", 2, "agent");
        golden("daemon", 2, "daemon");

        project = "broken";
        scene("start", "--goal", "Broken by hand", "--phase", "a", "--phase", "b", "--phase", "c", "--id", "broken");
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> {
            Path yaml = root.resolve("broken/workflow-state/workflow.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("status: planned", "status: finished"));
        }));
        golden("where.error-schema", 2, "where");
        golden("check.broken", 3, "check");

        project = "disk";
        golden("start.without-why", 0, "start", "--goal", "A log that is a folder", "--phase", "a", "--phase", "b",
                "--phase", "c", "--id", "disk");
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> {
            Path log = root.resolve("disk/workflow-state/log.jsonl");
            Files.delete(log);
            Files.createDirectory(log);
        }));
        golden("add.error-storage", 1, "add", "disk", "D");
    }

    private void git() {
        project = "g";
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> gitRepository(root)));
        scene("start", "--goal", "Ship the API", "--why", "partners", "--phase", "schema", "--phase", "endpoint",
                "--phase", "docs", "--id", "api");
        golden("commit", 0, "commit");
        golden("git-setup", 0, "git", "setup", "--driver", "wf");
        golden("done.in-git", 0, "done");
        golden("sync", 0, "sync");
        golden("sync.error-git", 1, "sync", "gone");
        write("base.yaml", "goal:\n  id: api\n  title: Ship the API\n  status: planning\nphases:\n"
                + "  - id: schema\n    title: Schema\n    status: planned\n");
        write("ours.yaml", "goal:\n  id: api\n  title: Ship the API\n  status: planning\nphases:\n"
                + "  - id: schema\n    title: Schema A\n    status: planned\n");
        write("theirs.yaml", "goal:\n  id: api\n  title: Ship the API\n  status: planning\nphases:\n"
                + "  - id: schema\n    title: Schema B\n    status: planned\n");
        golden("merge-file", 0, "merge-file", "base.yaml", "ours.yaml", "theirs.yaml", "workflow-state/workflow.yaml");
    }

    /** g: a repository on main with a bare remote as origin, and a remote 'gone' that does not exist. */
    private static void gitRepository(Path root) throws Exception {
        try (Git remote = Git.init().setBare(true).setInitialBranch("main").setDirectory(root.resolve("remote.git")
                .toFile()).call(); Git git = Git.init().setInitialBranch("main").setDirectory(root.resolve("g")
                .toFile()).call()) {
            StoredConfig c = git.getRepository().getConfig();
            c.setString("user", null, "name", "tester");
            c.setString("user", null, "email", "tester@wf.invalid");
            c.setString("remote", "origin", "url", root.resolve("remote.git").toUri().toString());
            c.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            c.setString("remote", "gone", "url", root.resolve("gone.git").toUri().toString());
            c.save();
        }
    }

    private void golden(String name, int exit, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        steps.add(new Step(name, exit, project, List.copyOf(all), null));
    }

    private void scene(String... args) {
        steps.add(new Step(null, 0, project, List.of(args), null));
    }

    private void write(String file, String text) {
        String in = project;
        steps.add(new Step(null, 0, project, List.of(), (root, held) -> {
            Path f = root.resolve(in).resolve(file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
        }));
    }
}
