package dev.wf.bench;

import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Violation;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validate: the rules a change checks a loaded tree against before it runs ({@code Invariants.check}: ids, the
 * pointer, forks, roll-up). The generated tree keeps them all, so this is the cost of finding nothing. The check
 * remembers its answer for the very same tree object, so each call checks a fresh record over the same nodes.
 */
@State(Scope.Benchmark)
public class ValidateBench extends Defaults {
    @Param({"100", "1000", "10000", "100000"})
    public int nodes;

    private Workflow workflow;

    @Setup
    public void setUp() {
        workflow = Tree.of(nodes).workflow();
    }

    @Benchmark
    public List<Violation> invariants() {
        return Invariants.check(workflow.withLastUpdated(workflow.lastUpdated()));
    }
}
