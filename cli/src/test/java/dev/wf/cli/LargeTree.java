package dev.wf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large valid workflow written straight to disk: phases × tasks × sub-tasks, the first leaf in progress and
 * current, everything else planned.
 */
final class LargeTree {
    private LargeTree() {
    }

    static void write(Path project, int phases, int tasks, int subTasks) throws IOException {
        StringBuilder y = new StringBuilder("goal:\n  id: big\n  title: A large plan\n  status: executing\n"
                + "  why: Measure wf on a large tree.\nphases:\n");
        for (int p = 1; p <= phases; p++) {
            node(y, "  ", "p" + p, "Phase " + p, p == 1);
            y.append("    tasks:\n");
            for (int t = 1; t <= tasks; t++) {
                node(y, "      ", "p" + p + "-t" + t, "Task " + t + " of phase " + p, p == 1 && t == 1);
                y.append("        tasks:\n");
                for (int s = 1; s <= subTasks; s++) {
                    node(y, "          ", "p" + p + "-t" + t + "-s" + s, "Sub-task " + s, p == 1 && t == 1 && s == 1);
                }
            }
        }
        y.append("forks: []\ncurrent_node: p1-t1-s1\nlast_updated: 2026-01-01T00:00:00Z\n");
        Files.createDirectories(project.resolve("workflow-state"));
        Files.writeString(project.resolve("workflow-state/workflow.yaml"), y);
    }

    private static void node(StringBuilder y, String indent, String id, String title, boolean current) {
        y.append(indent).append("- id: ").append(id).append('\n')
                .append(indent).append("  title: ").append(title).append('\n')
                .append(indent).append("  status: ").append(current ? "in-progress" : "planned").append('\n');
    }
}
