package dev.wf.core.report;

/**
 * One workflow in the project for {@code wf list}: the root, a fork's sub-workflow at any depth, an operation's
 * template, or one of its runs. {@code handle} addresses it (fork path, or the folder of an operation or run);
 * {@code forkStatus} and {@code returnTo} are set for forks, {@code operation} for runs.
 */
public record WorkflowSummary(String kind, String handle, String folder, String goalId, String title, String status,
        String forkStatus, String returnTo, int depth, String operation) {
}
