package dev.wf.core.git;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository holding a project, through JGit: loaded only by the git features (wf commit, git setup, sync).
 * Every method touches only the paths it is given; other staged or unstaged changes stay exactly as they were.
 */
public final class Repo implements AutoCloseable {
    private final Repository repository;
    private final Git git;
    private final Path workTree;

    private Repo(Repository repository) {
        this.repository = repository;
        this.git = new Git(repository);
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The repository whose work tree holds {@code project}; refused when there is none. */
    public static Repo open(Path project) {
        QuietSystemReader.install();
        try {
            FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(project.toFile());
            if (b.getGitDir() == null) {
                throw WfException.invalid("no git repository holds " + project, "run git init first");
            }
            return new Repo(b.setMustExist(true).build());
        } catch (IOException e) {
            throw new WfException(ErrorKind.GIT, "cannot open the git repository: " + e.getMessage(), null, null, e);
        }
    }

    public Path workTree() {
        return workTree;
    }

    public Repository repository() {
        return repository;
    }

    public Git git() {
        return git;
    }

    /** A path as git names it: relative to the work tree, with '/'. */
    public String path(Path p) {
        return workTree.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Stages these paths (files and folders: new, changed and deleted files, .gitignore respected) and commits only
     * them. Empty when they hold no change. Other paths' staged and unstaged changes are left as they were.
     */
    public Optional<String> commitOnly(List<String> paths, String message) {
        try {
            for (String p : paths) {
                git.add().addFilepattern(p).call();
                git.add().setUpdate(true).addFilepattern(p).call();
            }
            Status s = status(paths);
            TreeSet<String> changed = new TreeSet<>();
            changed.addAll(s.getAdded());
            changed.addAll(s.getChanged());
            changed.addAll(s.getRemoved());
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            CommitCommand commit = git.commit().setMessage(message).setAllowEmpty(false);
            changed.forEach(commit::setOnly);
            RevCommit c = commit.call();
            return Optional.of(c.getId().name());
        } catch (GitAPIException | RuntimeException e) {
            throw new WfException(ErrorKind.GIT, "git commit failed: " + e.getMessage(), null,
                    "nothing else was changed; see git status", e);
        }
    }

    /** The paths among these that have staged or unstaged changes, or are new (what {@link #commitOnly} would take). */
    public List<String> changed(List<String> paths) {
        try {
            Status s = status(paths);
            TreeSet<String> out = new TreeSet<>();
            out.addAll(s.getAdded());
            out.addAll(s.getChanged());
            out.addAll(s.getRemoved());
            out.addAll(s.getModified());
            out.addAll(s.getMissing());
            out.addAll(s.getUntracked());
            return new ArrayList<>(out);
        } catch (GitAPIException e) {
            throw new WfException(ErrorKind.GIT, "git status failed: " + e.getMessage(), null, null, e);
        }
    }

    private Status status(List<String> paths) throws GitAPIException {
        var status = git.status();
        paths.forEach(status::addPath);
        return status.call();
    }

    /** A file's content at HEAD; empty when HEAD or the file is absent. */
    public Optional<String> atHead(String path) {
        try {
            ObjectId head = repository.resolve("HEAD^{tree}");
            if (head == null) {
                return Optional.empty();
            }
            try (TreeWalk w = TreeWalk.forPath(repository, path, head)) {
                if (w == null) {
                    return Optional.empty();
                }
                return Optional.of(new String(repository.open(w.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public StoredConfig config() {
        return repository.getConfig();
    }

    /** The commit HEAD names, or null before the first commit. */
    public RevCommit head() throws IOException {
        ObjectId id = repository.resolve("HEAD");
        if (id == null) {
            return null;
        }
        try (RevWalk w = new RevWalk(repository)) {
            return w.parseCommit(id);
        }
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
