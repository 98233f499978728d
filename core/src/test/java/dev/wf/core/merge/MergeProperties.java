package dev.wf.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Rollup;
import dev.wf.core.store.EventCodec;
import dev.wf.core.testing.RandomOps;
import dev.wf.core.testing.RandomTrees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * For random pairs of edit sequences from a common base: the merged tree keeps every rule, is the same whichever side
 * is "ours", and the merged log holds every event of both sides exactly once.
 */
class MergeProperties {
    @Test
    void mergingTwoRandomHistoriesKeepsEveryRuleAndIsSymmetric() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Workflow base = Rollup.apply(new RandomTrees(seed).workflow());
            Workflow a = evolve(base, new Random(seed * 31 + 1));
            Workflow b = evolve(base, new Random(seed * 31 + 2));

            TreeMerge.Result ab = TreeMerge.merge(base, a, b, Tiebreak.later(a, b, List.of()));
            TreeMerge.Result ba = TreeMerge.merge(base, b, a, Tiebreak.later(b, a, List.of()));

            assertThat(Invariants.check(ab.merged())).as("seed %d: %s", seed, ab.conflicts()).isEmpty();
            assertThat(ab.merged()).as("seed %d", seed).isEqualTo(ba.merged());
        });
    }

    @Test
    void mergingWithAnUnchangedSideOrWithItselfGivesThatSide() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Workflow base = Rollup.apply(new RandomTrees(seed).workflow());
            Workflow a = evolve(base, new Random(seed));

            assertThat(TreeMerge.merge(base, a, base, Tiebreak.later(a, base, List.of())).merged().phases())
                    .as("seed %d", seed).isEqualTo(a.phases());
            assertThat(TreeMerge.merge(base, a, a, Tiebreak.later(a, a, List.of())).merged().phases())
                    .as("seed %d", seed).isEqualTo(a.phases());
        });
    }

    @Test
    void theMergedLogHoldsEveryEventOfBothSidesOnce() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<String> common = events(r, "c", r.nextInt(5));
            List<String> ours = new ArrayList<>(common);
            ours.addAll(events(r, "o", r.nextInt(6)));
            List<String> theirs = new ArrayList<>(common);
            theirs.addAll(events(r, "t", r.nextInt(6)));

            String merged = LogMerge.merge(String.join("\n", ours) + "\n", String.join("\n", theirs) + "\n");

            List<String> lines = merged.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines.subList(0, ours.size())).as("ours stays a prefix: the file only grows").isEqualTo(ours);
            assertThat(new HashSet<>(lines)).isEqualTo(union(ours, theirs));
            assertThat(lines).doesNotHaveDuplicates();
        });
    }

    private static Workflow evolve(Workflow base, Random r) {
        Workflow w = base;
        int steps = 1 + r.nextInt(12);
        for (int step = 0; step < steps; step++) {
            String now = "2026-02-0" + (1 + r.nextInt(9)) + "T00:00:" + String.format("%02d", r.nextInt(60)) + "Z";
            try {
                w = Rollup.apply(RandomOps.apply(w, r, step, now).after()).withLastUpdated(now);
            } catch (WfException refused) {
                // a refusal leaves the tree as it was
            }
        }
        return w;
    }

    private static List<String> events(Random r, String side, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = side + Long.toHexString(r.nextLong());
            out.add(EventCodec.toLine(Event.of(EventType.NODE_STATUS, "n" + i, "planned", "done", null)
                    .stamped(id, "2026-02-01T00:00:0" + r.nextInt(10) + ".000Z", side, null, null, null)));
        }
        return out;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
