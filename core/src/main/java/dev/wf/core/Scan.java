package dev.wf.core;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Fork;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every workflow in the project: the root, each fork's sub-workflow at any depth, operations and their runs. */
final class Scan {
    private static final int MAX_DEPTH = 64;

    /** A workflow folder and what reading it gave: the loaded tree, or the error. */
    record Found(String kind, StateFolder folder, Loaded loaded, WfException error, Fork fork, int depth) {
    }

    private Scan() {
    }

    static List<Found> all(Path project) {
        List<Found> out = new ArrayList<>();
        walk("root", StateFolder.root(project), null, Set.of(), out);
        Ladder ladder = new Ladder(project, project);
        for (String name : ladder.operations()) {
            walk("operation", ladder.operation(name), null, Set.of(), out);
        }
        for (Path run : runs(project)) {
            walk("run", new StateFolder(project, run, List.of(project.relativize(run.getParent()).toString())),
                    null, Set.of(), out);
        }
        return out;
    }

    /** {@code above}: the folders of the workflows this one is a fork of; a fork leading back to one ends there. */
    private static void walk(String kind, StateFolder folder, Fork fork, Set<Path> above, List<Found> out) {
        int depth = above.size();
        if (!folder.exists()) {
            if (fork != null) {
                out.add(new Found(kind, folder, null, WfException.invalid("fork '" + fork.id()
                        + "' has no sub-workflow at " + fork.subWorkflow(), "restore the folder or wf abandon it"),
                        fork, depth));
            }
            return;
        }
        try {
            Loaded l = folder.load();
            out.add(new Found(kind, folder, l, null, fork, depth));
            Set<Path> path = new HashSet<>(above);
            if (depth < MAX_DEPTH && path.add(real(folder.dir()))) {
                for (Fork f : l.workflow().forks()) {
                    StateFolder sub = f.subWorkflow() == null ? null : folder.fork(f.id(), f.subWorkflow());
                    // below, as the rules require: "." or a link back to an ancestor would walk in circles
                    if (dev.wf.core.rules.Paths.below(f.subWorkflow()) && !path.contains(real(sub.dir()))) {
                        walk("fork", sub, f, path, out);
                    }
                }
            }
        } catch (WfException e) {
            out.add(new Found(kind, folder, null, e, fork, depth));
        }
    }

    private static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** runs/PERIOD/workflow-state and runs/NAME/PERIOD/workflow-state folders. */
    private static List<Path> runs(Path project) {
        List<Path> out = new ArrayList<>();
        Path runs = project.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return out;
        }
        try (DirectoryStream<Path> level1 = Files.newDirectoryStream(runs)) {
            for (Path a : level1) {
                if (Files.isDirectory(a.resolve(StateFolder.NAME))) {
                    out.add(a.resolve(StateFolder.NAME));
                } else if (Files.isDirectory(a)) {
                    try (DirectoryStream<Path> level2 = Files.newDirectoryStream(a)) {
                        for (Path b : level2) {
                            if (Files.isDirectory(b.resolve(StateFolder.NAME))) {
                                out.add(b.resolve(StateFolder.NAME));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }
}
