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
import java.util.List;

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
        walk("root", StateFolder.root(project), null, 0, out);
        Ladder ladder = new Ladder(project, project);
        for (String name : ladder.operations()) {
            walk("operation", ladder.operation(name), null, 0, out);
        }
        for (Path run : runs(project)) {
            walk("run", new StateFolder(project, run, List.of(project.relativize(run.getParent()).toString())),
                    null, 0, out);
        }
        return out;
    }

    private static void walk(String kind, StateFolder folder, Fork fork, int depth, List<Found> out) {
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
            if (depth < MAX_DEPTH) {
                for (Fork f : l.workflow().forks()) {
                    if (f.subWorkflow() != null && dev.wf.core.rules.Paths.insideProject(f.subWorkflow())) {
                        walk("fork", folder.fork(f.id(), f.subWorkflow()), f, depth + 1, out);
                    }
                }
            }
        } catch (WfException e) {
            out.add(new Found(kind, folder, null, e, fork, depth));
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
