package dev.wf.bench;

import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Rollup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Roll-up after a status change: {@code Rollup.apply} on the tree just after the current leaf was marked done (the
 * transition itself is made once, in the setup), as {@code wf done} runs it before writing.
 */
@State(Scope.Benchmark)
public class RollupBench extends Defaults {
    @Param({"100", "1000", "10000", "100000"})
    public int nodes;

    private Workflow changed;

    @Setup
    public void setUp() {
        changed = Tree.of(nodes).afterDone();
    }

    @Benchmark
    public Workflow afterDone() {
        return Rollup.apply(changed);
    }
}
