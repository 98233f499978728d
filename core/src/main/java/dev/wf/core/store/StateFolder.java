package dev.wf.core.store;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * One workflow's state folder: workflow.yaml, current-pointer.md, log.jsonl, and the copy of the last yaml wf wrote
 * (to name what a hand edit changed). {@code forkPath} is the chain of fork ids from the root, empty for the root.
 */
public record StateFolder(Path project, Path dir, List<String> forkPath) {
    public static final String NAME = "workflow-state";
    public static final String YAML = "workflow.yaml";
    public static final String POINTER = "current-pointer.md";
    public static final String LOG = "log.jsonl";
    static final String SNAPSHOT = ".wf-last.yaml";

    public StateFolder {
        forkPath = List.copyOf(forkPath);
    }

    public static StateFolder root(Path project) {
        return new StateFolder(project, project.resolve(NAME), List.of());
    }

    public StateFolder fork(String forkId, String subWorkflow) {
        List<String> path = new java.util.ArrayList<>(forkPath);
        path.add(forkId);
        return new StateFolder(project, dir.resolve(subWorkflow).normalize(), path);
    }

    public Path yaml() {
        return dir.resolve(YAML);
    }

    public Path pointer() {
        return dir.resolve(POINTER);
    }

    public Path log() {
        return dir.resolve(LOG);
    }

    public Path snapshot() {
        return dir.resolve(SNAPSHOT);
    }

    /**
     * What {@link #snapshot()} holds after wf wrote {@code text} (whose SHA-256 is {@code sha}) with
     * {@code written}: the text, under a mark when the layout was the short one, so that the next write of that
     * very text need not check it (see {@link PlainMark}).
     */
    public static String snapshotOf(String text, String sha, Layout written) {
        return written.plain() ? PlainMark.line(sha) + text : text;
    }

    /** What {@link #snapshot()} holds when a change logs events but leaves {@code l}'s tree as it was. */
    public String snapshotAgain(Loaded l) {
        return PlainMark.on(snapshot(), l.sha()) ? PlainMark.line(l.sha()) + l.text() : l.text();
    }

    /** The yaml's path relative to the project, as error messages show it. */
    public String label() {
        return project.toAbsolutePath().normalize().relativize(yaml().toAbsolutePath().normalize()).toString();
    }

    /** The fork path as one handle: {@code rate-limiter/redis-client}; empty for the root. */
    public String handle() {
        return String.join("/", forkPath);
    }

    public boolean exists() {
        return Files.isRegularFile(yaml(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Reads and parses workflow.yaml, refusing a link that leads out of the project and oversized files. */
    public Loaded load() {
        Path file = yaml();
        try {
            guard(file);
            long size = Files.size(file);
            if (size > YamlLimits.DEFAULT.maxBytes()) {
                throw new WfException(ErrorKind.INVALID_INPUT, "file is larger than "
                        + YamlLimits.DEFAULT.maxBytes() / (1024 * 1024) + " MiB", label(), "split the workflow");
            }
            ReadMemo.Read same = ReadMemo.same(file, size);
            if (same != null) {
                return new Loaded(this, same.parsed().workflow(), same.parsed().layout(), same.text(), same.sha());
            }
            byte[] bytes = Files.readAllBytes(file);
            Supplier<String> sha = Hashing.sha256Soon(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            WorkflowCodec.Parsed parsed = WorkflowCodec.parse(text, label(), () -> PlainMark.on(snapshot(), sha.get()));
            ReadMemo.remember(file, new ReadMemo.Read(bytes, text, sha.get(), parsed));
            return new Loaded(this, parsed.workflow(), parsed.layout(), text, sha.get());
        } catch (NoSuchFileException e) {
            throw new WfException(ErrorKind.INVALID_INPUT, "no workflow here", label(),
                    "start one with wf start, or point at another folder with -C DIR");
        } catch (IOException e) {
            throw WfException.storage("cannot read " + label() + ": " + e.getMessage(), e);
        }
    }

    /** Refuses files that are symbolic links, or folders that resolve outside the project. */
    void guard(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new WfException(ErrorKind.INVALID_INPUT, "is a symbolic link; wf does not follow links for its"
                    + " state files", label(), "replace it with the file itself");
        }
        if (Files.isDirectory(file)) {
            throw new WfException(ErrorKind.STORAGE, "is a folder, not a file", label(), "remove or rename it");
        }
        Path real = dir.toRealPath();
        if (!real.startsWith(project.toRealPath())) {
            throw new WfException(ErrorKind.INVALID_INPUT, "resolves outside the project", label(),
                    "keep workflow-state inside the project folder");
        }
    }

    /**
     * The chain: this folder, then the sub-workflow of each open fork the pointer leads into, as long as
     * {@code tree} gives a folder's tree (null ends it). At most 64 deep, however the files are linked.
     */
    public List<StateFolder> chain(java.util.function.Function<StateFolder, dev.wf.core.model.Workflow> tree) {
        List<StateFolder> out = new java.util.ArrayList<>();
        StateFolder f = this;
        while (f != null && out.size() <= 64) {
            dev.wf.core.model.Workflow w = tree.apply(f);
            if (w == null) {
                break;
            }
            out.add(f);
            StateFolder here = f;
            String pointer = w.currentNode();
            f = pointer == null ? null : w.fork(pointer).filter(dev.wf.core.model.Fork::isOpen)
                    .map(open -> here.fork(open.id(), open.subWorkflow())).orElse(null);
        }
        return out;
    }

    /** A workflow as read from its folder: the tree, its layout, its text and the text's SHA-256. */
    public record Loaded(StateFolder folder, Workflow workflow, Layout layout, String text, String sha) {
    }
}
