package dev.wf.bench;

import dev.wf.core.merge.FileMerge;
import dev.wf.core.merge.Tiebreak;
import dev.wf.core.merge.TreeMerge;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.store.CodecAccess;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Merge of two edited copies of the tree (see {@link Edits}). {@code tree}: {@code TreeMerge.merge} of the three
 * parsed trees, the merge alone. {@code file}: {@code FileMerge.merge(base, ours, theirs, path)}, what
 * {@code wf merge-file} (git's merge driver) does: read three files, parse, merge, format, write ours and the marker.
 * Its parses go through {@code WorkflowCodec.parse}, whose memo is keyed by the labels "base", "ours" and "theirs";
 * so that each call parses for real, as a new merge-driver process does, calls alternate between two sets of files
 * that differ in the goal's {@code why}. Ours, which the merge overwrites, is written again before each call,
 * outside the measured time.
 *
 * <p>100,000 nodes is left out of the default sizes to keep the default run short: a {@code file} call takes several
 * seconds there, most of it parsing. Ask for it with {@code -p nodes=100000}.
 */
@State(Scope.Benchmark)
public class MergeBench extends Defaults {
    @Param({"100", "1000", "10000"})
    public int nodes;

    private Workflow base;
    private Workflow ours;
    private Workflow theirs;
    Path work;
    final Sides[] sides = new Sides[2];

    /** One set of the three texts, and the folder the merge-driver benchmark writes them into. */
    record Sides(String base, String ours, String theirs, Path dir) {
        Path target() {
            return dir.resolve(StateFolder.NAME).resolve(StateFolder.YAML);
        }
    }

    @Setup
    public void setUp() throws IOException {
        Tree tree = Tree.of(nodes);
        String text = tree.generated().yaml();
        work = Files.createTempDirectory("wf-jmh-merge");
        sides[0] = sides(text, tree.generated().current(), work.resolve("a"));
        sides[1] = sides(text.replace("why: Measure wf on large trees.", "why: Measure wf on large trees, again."),
                tree.generated().current(), work.resolve("b"));
        base = CodecAccess.parseText(sides[0].base(), "base").workflow();
        ours = CodecAccess.parseText(sides[0].ours(), "ours").workflow();
        theirs = CodecAccess.parseText(sides[0].theirs(), "theirs").workflow();
        if (!Invariants.check(ours).isEmpty() || !Invariants.check(theirs).isEmpty()) {
            throw new IllegalStateException("an edited side breaks a rule: " + Invariants.check(ours)
                    + Invariants.check(theirs));
        }
    }

    private static Sides sides(String text, String current, Path dir) throws IOException {
        WorkflowCodec.Parsed parsed = CodecAccess.parseText(text, "base");
        Sides s = new Sides(text, Edits.ours(parsed, current), Edits.theirs(parsed), dir);
        Files.createDirectories(s.target().getParent());
        Files.writeString(dir.resolve("base"), s.base());
        Files.writeString(dir.resolve("theirs"), s.theirs());
        return s;
    }

    @TearDown
    public void tearDown() throws IOException {
        TempFiles.delete(work);
    }

    @Benchmark
    public TreeMerge.Result tree() {
        return TreeMerge.merge(base, ours, theirs, Tiebreak.later(ours, theirs, List.of()));
    }

    @Benchmark
    public FileMerge.Report file(Turn turn) throws IOException {
        Path dir = turn.sides.dir();
        return FileMerge.merge(dir.resolve("base"), dir.resolve("ours"), dir.resolve("theirs"), turn.sides.target());
    }

    /** Which set of files the next call merges; ours written again. */
    @State(Scope.Thread)
    public static class Turn {
        private int calls;
        Sides sides;

        @Setup(Level.Invocation)
        public void next(MergeBench bench) throws IOException {
            sides = bench.sides[calls++ % 2];
            Files.writeString(sides.dir().resolve("ours"), sides.ours());
        }
    }
}
