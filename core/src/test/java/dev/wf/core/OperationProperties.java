package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.ops.Edit;
import dev.wf.core.ops.Restructure;
import dev.wf.core.ops.Transitions;
import dev.wf.core.report.CheckReport;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Rollup;
import dev.wf.core.testing.Project;
import dev.wf.core.testing.RandomTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperationProperties {
    private static final String NOW = "2026-02-01T00:00:00Z";

    @Test
    void randomOperationsOnRandomTreesNeverBreakAnInvariant() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            RandomTrees trees = new RandomTrees(seed);
            Random r = trees.random();
            Workflow w = trees.workflow();
            assertThat(Invariants.check(w)).isEmpty();

            for (int step = 0; step < 40; step++) {
                try {
                    Workflow next = Rollup.apply(dev.wf.core.testing.RandomOps.apply(w, r, step, NOW).after());
                    assertThat(Invariants.check(next)).as("seed %d step %d", seed, step).isEmpty();
                    w = next;
                } catch (WfException refused) {
                    // a refusal leaves the tree as it was, which is valid by induction
                }
            }
        });
    }

    @Test
    void rollUpIsIdempotent() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Workflow w = new RandomTrees(seed).workflow();

            assertThat(Rollup.apply(Rollup.apply(w))).isEqualTo(Rollup.apply(w));
        });
    }

    @Test
    void randomCommandsOnARealProjectWithForksKeepEveryRule() throws IOException {
        qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
            Path dir;
            try {
                dir = Files.createTempDirectory("wf-prop");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Project p = new Project(dir);
            Workspace ws = p.startReportsApi();
            Random r = new Random(seed);
            for (int step = 0; step < 25; step++) {
                try {
                    randomCommand(ws, r, step);
                } catch (WfException refused) {
                    // refused commands write nothing; the check below still has to pass
                }
                CheckReport report = ws.check(false);
                assertThat(report.problems()).as("seed %d step %d", seed, step).isEmpty();
            }
        });
    }

    private static void randomCommand(Workspace ws, Random r, int step) {
        var where = ws.where();
        List<String> ids = new ArrayList<>();
        where.tree().stream().filter(row -> row.id() != null && !row.fork()).forEach(row -> ids.add(row.id()));
        String id = ids.isEmpty() ? "none" : ids.get(r.nextInt(ids.size()));
        String goal = where.goal().id();
        switch (r.nextInt(11)) {
            case 0, 1 -> ws.done(null);
            case 2 -> ws.add(r.nextBoolean() ? goal : id, "step " + step, null, null);
            case 3 -> ws.fork("need thing " + step, null, null, null);
            case 4 -> ws.resume(null);
            case 5 -> ws.abandon(where.forks().isEmpty() ? "none" : where.forks().get(0).handle(), "not needed");
            case 6 -> ws.skip(id, "skip it");
            case 7 -> ws.block(id, "waiting");
            case 8 -> ws.unblock(id);
            case 9 -> ws.jump(id, "deferring");
            default -> ws.move(id, goal, null);
        }
    }
}
