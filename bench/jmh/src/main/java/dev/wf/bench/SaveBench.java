package dev.wf.bench;

import dev.wf.core.Outcome;
import dev.wf.core.Settings;
import dev.wf.core.Workspace;
import dev.wf.core.model.Workflow;
import dev.wf.core.store.Layout;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Save. {@code format}: the tree {@code wf done} writes, as text, with the layout of the file it read (scanned by the
 * first call and kept, as one parse's layout is; {@code LoadBench.parseWithLayout} times the scan).
 * {@code done}: the whole {@code Workspace.done} on the current leaf, as {@code wf done} runs it after start-up: load,
 * check, transition, roll-up, format, read back, and the atomic write of the yaml, the log and the views. Each call
 * gets its own copy of the generated project, made (and afterwards deleted) outside the measured time; a comment
 * that numbers the copy (on the first line, where wf keeps the short form of its writes) keeps the process's memos
 * (of the text's parse, of a tree's check) from answering for it.
 */
@State(Scope.Benchmark)
public class SaveBench extends Defaults {
    @Param({"100", "1000", "10000", "100000"})
    public int nodes;

    private Workflow saved;
    private Layout layout;
    Path work;
    String yaml;
    final Settings settings = Settings.builder().clock(Clock.fixed(Instant.parse(Tree.NOW), ZoneOffset.UTC))
            .actor("bench").build();

    @Setup
    public void setUp() throws IOException {
        Tree tree = Tree.of(nodes);
        saved = tree.saved();
        layout = tree.parsed().layout();
        work = Files.createTempDirectory("wf-jmh-save");
        yaml = tree.generated().yaml();
    }

    @TearDown
    public void tearDown() throws IOException {
        TempFiles.delete(work);
    }

    @Benchmark
    public String format() {
        return WorkflowCodec.format(saved, layout);
    }

    @Benchmark
    @Warmup(iterations = 5, time = 2) // it runs much of the core: the compiler needs longer to settle
    public Outcome done(FreshCopy copy) {
        return Workspace.at(copy.project, settings).done(null);
    }

    /** A new project holding only the generated workflow.yaml, for one call. */
    @State(Scope.Thread)
    public static class FreshCopy {
        Path project;
        int copies;

        @Setup(Level.Invocation)
        public void copy(SaveBench bench) throws IOException {
            project = Files.createTempDirectory(bench.work, "p");
            Path state = Files.createDirectory(project.resolve(StateFolder.NAME));
            Files.writeString(state.resolve(StateFolder.YAML), "# copy " + ++copies + "\n" + bench.yaml);
        }

        @TearDown(Level.Invocation)
        public void delete() throws IOException {
            TempFiles.delete(project);
        }
    }
}
