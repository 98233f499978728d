package dev.wf.bench;

import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Transitions;
import dev.wf.core.rules.Invariants;
import dev.wf.core.rules.Rollup;
import dev.wf.core.store.CodecAccess;
import dev.wf.core.store.WorkflowCodec;

/** A generated workflow.yaml, parsed and checked: every benchmark starts from one. */
public record Tree(Generated generated, WorkflowCodec.Parsed parsed) {
    /** The label error messages would show; wf uses the path relative to the project. */
    public static final String FILE = "workflow-state/workflow.yaml";
    /** When the benchmarks' own changes happen: after everything in the generated file. */
    public static final String NOW = "2026-02-01T10:00:00Z";

    /** The tree of {@code nodes} nodes; fails unless wf accepts it as it is and it has exactly that many nodes. */
    public static Tree of(int nodes) {
        Generated g = Generated.of(nodes);
        WorkflowCodec.Parsed p = CodecAccess.parseText(g.yaml(), FILE);
        int count = Nodes.all(p.workflow().phases()).size();
        if (count != nodes || !Invariants.check(p.workflow()).isEmpty()) {
            throw new IllegalStateException("the generated tree of " + nodes + " nodes has " + count
                    + " nodes and breaks " + Invariants.check(p.workflow()));
        }
        return new Tree(g, p);
    }

    public Workflow workflow() {
        return parsed.workflow();
    }

    /** The tree right after {@code wf done} on the current leaf, before roll-up: what roll-up is run on. */
    public Workflow afterDone() {
        return Transitions.done(workflow(), generated.current(), NOW).after();
    }

    /** The tree {@code wf done} writes: done, rolled up, stamped. */
    public Workflow saved() {
        return Rollup.apply(afterDone()).withLastUpdated(NOW);
    }
}
