package dev.wf.core;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.git.GitDirty;
import dev.wf.core.git.GitHead;
import dev.wf.core.git.Repo;
import dev.wf.core.git.TreeSync;
import dev.wf.core.merge.FileMerge;
import dev.wf.core.merge.LogMerge;
import dev.wf.core.merge.TextMerge;
import dev.wf.core.merge.TreeMerge;
import dev.wf.core.model.EventType;
import dev.wf.core.store.Hashing;
import dev.wf.core.model.Event;
import dev.wf.core.store.EventCodec;
import dev.wf.core.store.StateFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** wf's files in git: which they are, committing only them, and the merge driver set-up. */
final class GitWork {
    static final String ATTRIBUTES = ".gitattributes";
    static final List<String> ATTRIBUTE_LINES = List.of(
            "**/workflow-state/**/workflow.yaml merge=wf",
            "**/workflow-state/**/log.jsonl merge=wf",
            "**/workflow-state/**/current-pointer.md merge=wf",
            "CONTEXT.md merge=wf");

    private final Engine engine;

    GitWork(Engine engine) {
        this.engine = engine;
    }

    /** wf's own paths in git's terms: every state folder, and PROGRESS.md and CONTEXT.md of the project. */
    List<String> paths(Repo repo) {
        Set<String> out = new LinkedHashSet<>();
        for (Scan.Found f : Scan.all(engine.project)) {
            Path dir = f.folder().dir();
            if (f.fork() == null && Files.isDirectory(dir)) { // a fork's folder lies inside its parent's
                out.add(repo.path(dir));
            }
        }
        for (String file : List.of(Ladder.PROGRESS, Views.CONTEXT)) {
            Path p = engine.home().resolve(file);
            if (Files.exists(p) || repo.atHead(repo.path(p)).isPresent()) {
                out.add(repo.path(p));
            }
        }
        return new ArrayList<>(out);
    }

    /** Commits wf's files only, with a message that sums up the events since the last commit; empty if none changed. */
    Optional<String> commit(String message) {
        try (Repo repo = Repo.open(engine.project)) {
            List<String> paths = paths(repo);
            List<String> changed = repo.changed(paths);
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            String text = message != null && !message.isBlank() ? message : summary(repo, changed);
            return repo.commitOnly(paths, text);
        }
    }

    /** "wf: 3 events: schema done, ..." and one line per event, from the log lines HEAD does not have. */
    static String summary(Repo repo, List<String> changed) {
        List<Event> events = new ArrayList<>();
        for (String path : changed) {
            if (!path.endsWith("/" + StateFolder.LOG) && !path.equals(StateFolder.LOG)) {
                continue;
            }
            Set<String> before = new HashSet<>(repo.atHead(path).map(t -> t.lines().toList()).orElse(List.of()));
            try {
                for (String line : Files.readAllLines(repo.workTree().resolve(path), StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !before.contains(line)) {
                        events.add(EventCodec.fromLine(line));
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // a file that vanished or a torn line: summed up without it
            }
        }
        List<String> lines = events.stream().filter(e -> !e.type().equals("contract.recorded")).map(GitWork::line)
                .toList();
        String head = lines.isEmpty() ? "wf: update the workflow state" : "wf: " + (lines.size() == 1 ? lines.get(0)
                : lines.size() + " events: " + String.join("; ", lines.subList(0, Math.min(3, lines.size())))
                        + (lines.size() > 3 ? "; ..." : ""));
        StringBuilder out = new StringBuilder(head.length() > 72 ? head.substring(0, 69) + "..." : head);
        if (lines.size() > 1) {
            out.append("\n\n");
            lines.stream().limit(50).forEach(l -> out.append("- ").append(l).append('\n'));
            if (lines.size() > 50) {
                out.append("- ... and ").append(lines.size() - 50).append(" more\n");
            }
        }
        return out.toString();
    }

    /**
     * {@code wf sync}: commits wf's files, fetches, merges (wf's files by wf, the rest by JGit; a conflict outside
     * wf's files stops with nothing changed), renders the views again, and pushes.
     */
    List<String> sync(String remote) {
        List<String> did = new ArrayList<>();
        try (Repo repo = Repo.open(engine.project)) {
            var r = repo.repository();
            String full = r.getFullBranch();
            if (full == null || !full.startsWith("refs/heads/")) {
                throw WfException.invalid("HEAD is not on a branch (detached at " + r.getBranch() + ")",
                        "check out the branch to sync: git switch BRANCH");
            }
            if (!r.getConfig().getSubsections("remote").contains(remote)) {
                throw WfException.invalid("no remote '" + remote + "' in this repository", "add one with git remote"
                        + " add, or name it: wf sync REMOTE");
            }
            commit(null).ifPresent(id -> did.add("committed wf's files as " + id.substring(0, 12)));
            if (r.resolve("HEAD") == null) {
                throw WfException.invalid("the repository has no commit yet", "make a first commit, then wf sync");
            }
            String branch = r.getBranch();
            repo.git().fetch().setRemote(remote).call();
            did.add("fetched " + remote);
            var theirs = r.findRef("refs/remotes/" + remote + "/" + branch);
            if (theirs != null) {
                TreeSync.Outcome o = TreeSync.merge(r, theirs.getObjectId(), GitDirty::wfFile, this::mergeFiles,
                        new org.eclipse.jgit.lib.PersonIdent(r), "wf sync: merge " + remote + "/" + branch);
                if (o.kind() == TreeSync.Kind.CONFLICT) {
                    throw new WfException(ErrorKind.GIT, "wf sync stopped: " + o.detail()
                            + "; nothing was merged (wf's own files are committed)", null, "merge those files with"
                            + " git (git merge " + remote + "/" + branch + "), then wf sync");
                }
                did.add(o.detail() + " " + remote + "/" + branch);
                if (o.kind() == TreeSync.Kind.MERGED) {
                    refreshViews();
                    commit("wf: views after merging " + remote + "/" + branch)
                            .ifPresent(id -> did.add("committed the views as " + id.substring(0, 12)));
                }
            }
            for (var result : repo.git().push().setRemote(remote).add(branch).call()) {
                for (var u : result.getRemoteUpdates()) {
                    var st = u.getStatus();
                    if (st != org.eclipse.jgit.transport.RemoteRefUpdate.Status.OK
                            && st != org.eclipse.jgit.transport.RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new WfException(ErrorKind.GIT, "push to " + remote + " was refused (" + st + ")", null,
                                "someone pushed meanwhile: run wf sync again");
                    }
                }
            }
            did.add("pushed " + branch + " to " + remote);
        } catch (org.eclipse.jgit.api.errors.GitAPIException | IOException e) {
            throw new WfException(ErrorKind.GIT, "wf sync: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")
                    .strip(), null,
                    "check the remote and git status; wf's own files are committed", e);
        }
        return did;
    }

    /** wf's files merged: logs by union, trees node by node (with a merge event logged), views and notes as text. */
    private Map<String, String> mergeFiles(Map<String, TreeSync.Versions> files) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> logs = new LinkedHashMap<>();
        for (var f : files.entrySet()) {
            var v = f.getValue();
            String one = oneSide(v);
            if (one != null || v.ours() == null || v.theirs() == null) {
                out.put(f.getKey(), one != null ? one : v.ours() != null ? v.ours() : v.theirs());
            } else if (f.getKey().endsWith(StateFolder.LOG)) {
                logs.put(f.getKey(), LogMerge.merge(v.ours(), v.theirs()));
            }
        }
        out.putAll(logs);
        EventStamp stamp = new EventStamp(engine.now(), engine.actor(), engine.settings.session(),
                GitHead.read(engine.project).orElse(null));
        for (var f : files.entrySet()) {
            var v = f.getValue();
            String path = f.getKey();
            if (out.containsKey(path)) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals(StateFolder.YAML)) {
                String logPath = path.substring(0, path.length() - name.length()) + StateFolder.LOG;
                String log = out.getOrDefault(logPath, "");
                TreeMerge.Result r = FileMerge.yaml(v.base(), v.ours(), v.theirs(), LogMerge.events(log));
                String text = FileMerge.text(r, v.ours());
                out.put(path, text);
                Event merged = stamp.stamp(Event.of(EventType.MERGE, null, null, null, "wf sync")
                        .withData(Map.of("conflicts", r.conflicts())), Hashing.sha256(text.getBytes(
                                StandardCharsets.UTF_8)));
                out.put(logPath, log + EventCodec.toLine(merged) + "\n");
            } else if (name.equals(StateFolder.POINTER)) {
                out.put(path, v.ours()); // rendered again after the merge
            } else {
                String text = name.equals(Views.CONTEXT) ? TextMerge.context(v.base(), v.ours(), v.theirs())
                        : TextMerge.lines(v.base(), v.ours(), v.theirs());
                if (text.contains(TextMerge.CONFLICT)) {
                    throw new IOException("both sides changed the same lines of " + path);
                }
                out.put(path, text);
            }
        }
        return out;
    }

    /** The version to take when only one side changed the file from the base; null when both did. */
    private static String oneSide(TreeSync.Versions v) {
        if (java.util.Objects.equals(v.ours(), v.base())) {
            return v.theirs();
        }
        return java.util.Objects.equals(v.theirs(), v.base()) ? v.ours() : null;
    }

    /** The pointer notes and the CONTEXT.md block, rendered from the merged trees. */
    private void refreshViews() throws IOException {
        dev.wf.core.store.Transaction tx = new dev.wf.core.store.Transaction(engine.project, engine.root.dir());
        new Views(engine).write(engine.draft(engine.loadChain()), tx);
        tx.commit();
    }

    private static String line(Event e) {
        String subject = e.node() != null ? e.node() : e.fork() != null ? e.fork() : "";
        String move = e.to() != null && e.from() != null ? " " + e.from() + " -> " + e.to()
                : e.to() != null ? " -> " + e.to() : "";
        return (e.type() + " " + subject + move).strip();
    }

    /**
     * Makes command-line git merge wf's files with wf: .gitattributes entries, the merge driver in .git/config
     * ({@code launcher} is the shell command that runs wf), and .wf-merge ignored. Changes only what is missing; returns what it changed.
     */
    List<String> setup(String launcher, boolean explicit) {
        List<String> did = new ArrayList<>();
        try (Repo repo = Repo.open(engine.project)) {
            Path attributes = repo.workTree().resolve(ATTRIBUTES);
            List<String> have = Files.isRegularFile(attributes) ? Files.readAllLines(attributes, StandardCharsets.UTF_8)
                    : List.of();
            List<String> missing = ATTRIBUTE_LINES.stream().filter(l -> !have.contains(l)).toList();
            if (!missing.isEmpty()) {
                StringBuilder text = new StringBuilder(Files.isRegularFile(attributes)
                        ? Files.readString(attributes, StandardCharsets.UTF_8) : "");
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                text.append("# wf: merge the workflow tree node by node, the log by union (wf git setup)\n");
                missing.forEach(l -> text.append(l).append('\n'));
                Files.writeString(attributes, text, StandardCharsets.UTF_8);
                did.add(ATTRIBUTES + ": added " + missing.size() + " line(s)");
            }
            var config = repo.config();
            String driver = launcher + " merge-file %O %A %B %P";
            String had = config.getString("merge", "wf", "driver");
            if (had != null && !explicit) {
                did.add(".git/config: keeps merge.wf.driver = " + had + " (--driver replaces it)");
            } else if (!driver.equals(had)) {
                config.setString("merge", "wf", "name", "wf: workflow tree, log and views");
                config.setString("merge", "wf", "driver", driver);
                config.save();
                did.add(".git/config: merge.wf.driver = " + driver);
            }
            Path ignore = engine.root.dir().resolve(".gitignore");
            if (Files.isRegularFile(ignore)) {
                String text = Files.readString(ignore, StandardCharsets.UTF_8);
                if (!text.lines().toList().contains(FileMerge.MARKER)) {
                    Files.writeString(ignore, text + (text.endsWith("\n") ? "" : "\n")
                            + FileMerge.MARKER + "\n", StandardCharsets.UTF_8);
                    did.add(repo.path(ignore) + ": ignores " + FileMerge.MARKER);
                }
            }
        } catch (IOException e) {
            throw new WfException(ErrorKind.GIT, "cannot set git up: " + e.getMessage(), null, null, e);
        }
        return did;
    }
}
