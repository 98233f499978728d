package dev.wf.bench;

import dev.wf.core.store.CodecAccess;
import dev.wf.core.store.WorkflowCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Load: workflow.yaml text to a tree. Calls {@code WorkflowCodec.parseText} (through {@link CodecAccess}), the parse
 * behind {@code WorkflowCodec.parse} without its memo, which would answer every call after the first from memory.
 */
@State(Scope.Benchmark)
public class LoadBench extends Defaults {
    @Param({"100", "1000", "10000", "100000"})
    public int nodes;

    private String text;

    @Setup
    public void setUp() {
        text = Tree.of(nodes).generated().yaml();
    }

    @Benchmark
    public WorkflowCodec.Parsed parse() {
        return CodecAccess.parseText(text, Tree.FILE);
    }

    /**
     * The parse and then the scan of its layout (comments, key order, lines), which wf defers until a write or an
     * error message needs it; the difference from {@link #parse} is that scan.
     */
    @Benchmark
    public int parseWithLayout() {
        return CodecAccess.parseText(text, Tree.FILE).layout().line("/goal");
    }
}
