package dev.wf.core.report;

import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import java.util.List;

/**
 * The answer to "where are we?": the chain root › fork › node, the current step with its contract, what comes next,
 * open forks, warnings, and a short tree of the active workflow.
 */
public record WhereReport(
        List<Link> chain,
        GoalInfo goal,
        Current current,
        Step next,
        List<OpenFork> forks,
        List<String> warnings,
        List<Row> tree,
        boolean subWorkflowComplete) {

    public WhereReport {
        chain = List.copyOf(chain);
        forks = List.copyOf(forks);
        warnings = List.copyOf(warnings);
        tree = List.copyOf(tree);
    }

    /** The same report with more warnings after its own. */
    public WhereReport withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new WhereReport(chain, goal, current, next, forks, all, tree, subWorkflowComplete);
    }

    /** One workflow in the chain and the id its pointer names. */
    public record Link(String workflow, String title, String pointer) {
    }

    public record GoalInfo(String id, String title, String status, String why) {
    }

    /** The current step and its stage contract; {@code parentTitle} says what it is part of. */
    public record Current(String id, String title, String status, String parentTitle, String process,
            List<Input> inputs, List<Output> outputs, String notes, String blockedBy) {
        public Current {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    public record Step(String id, String title) {
    }

    /** An open fork; {@code handle} is the path that wf resume takes. */
    public record OpenFork(String id, String reason, String spawnedFrom, String returnTo, String handle) {
    }

    /** A row of the tree. {@code hidden} counts the descendants folded into it. */
    public record Row(int depth, String id, String title, String status, boolean current, int hidden, boolean fork) {
    }
}
