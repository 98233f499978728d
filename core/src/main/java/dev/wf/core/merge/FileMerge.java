package dev.wf.core.merge;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.Workflow;
import dev.wf.core.store.Hashing;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Merges one of wf's files three ways, as a git merge driver does ({@code wf merge-file BASE OURS THEIRS PATH}):
 * workflow.yaml node by node, log.jsonl by union, current-pointer.md by keeping ours (wf writes it again), CONTEXT.md
 * line by line outside wf's block, which is ours (wf writes it again). The
 * result replaces OURS. After a workflow.yaml merge a marker beside it ({@value #MARKER}) names the merged file's
 * hash, so that the next wf command logs a {@code merge} event for it instead of taking it for a hand edit.
 */
public final class FileMerge {
    public static final String MARKER = ".wf-merge";
    static final String CONTEXT = "CONTEXT.md";

    private FileMerge() {
    }

    /** What a merge did. */
    public record Report(String file, List<String> conflicts) {
    }

    /**
     * Merges into {@code ours}. {@code path} is the file's path in the work tree (git's %P), which says what kind of
     * file it is and where its log and marker are; null means {@code ours} itself.
     */
    public static Report merge(Path base, Path ours, Path theirs, Path path) throws IOException {
        Path where = path == null ? ours : path;
        String name = where.getFileName().toString();
        switch (name) {
            case StateFolder.LOG -> {
                write(ours, LogMerge.merge(read(ours), read(theirs)));
                return new Report(name, List.of());
            }
            case StateFolder.POINTER -> {
                return new Report(name, List.of()); // ours stays; the next wf write renders it again
            }
            case StateFolder.YAML -> {
                Path dir = where.toAbsolutePath().getParent();
                // Not the log beside it: git writes merged files to the work tree only at the end, so that log may
                // be either side's. Each status change's updated_at, written with its log event, breaks ties.
                TreeMerge.Result r = yaml(read(base), read(ours), read(theirs), List.of());
                String text = text(r, read(ours));
                write(ours, text);
                MergeMarker.write(dir, Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)), r.conflicts());
                return new Report(name, r.conflicts());
            }
            case CONTEXT -> {
                String merged = TextMerge.context(read(base), read(ours), read(theirs));
                write(ours, merged);
                if (merged.contains(TextMerge.CONFLICT)) {
                    throw new WfException(dev.wf.core.error.ErrorKind.RULE, "both sides changed the same lines of "
                            + where.getFileName() + " outside wf's block", null, "resolve the marked lines by hand");
                }
                return new Report(name, List.of());
            }
            default -> throw WfException.invalid(where + " is not a file wf merges",
                    "wf merges workflow.yaml, log.jsonl, current-pointer.md and CONTEXT.md");
        }
    }

    /** The merged tree of three workflow.yaml texts (base null or blank: both added it); {@code log} breaks ties. */
    public static TreeMerge.Result yaml(String base, String ours, String theirs, List<Event> log) {
        Workflow b = base == null || base.isBlank() ? null : WorkflowCodec.parse(base, "base").workflow();
        Workflow o = WorkflowCodec.parse(ours, "ours").workflow();
        Workflow t = WorkflowCodec.parse(theirs, "theirs").workflow();
        return TreeMerge.merge(b, o, t, Tiebreak.later(o, t, log));
    }

    /** The merged tree as text, with the comments and spellings of ours. */
    public static String text(TreeMerge.Result r, String ours) {
        return WorkflowCodec.format(r.merged(), WorkflowCodec.parse(ours, "ours").layout());
    }

    private static String read(Path p) throws IOException {
        return p == null || !Files.exists(p) ? null : Files.readString(p, StandardCharsets.UTF_8);
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
