package dev.wf.core.report;

/**
 * One workflow in the project for {@code wf list}: the root, a fork's sub-workflow at any depth, or an operation's
 * run. {@code handle} addresses it (fork path); {@code forkStatus} and {@code returnTo} are set for forks.
 */
public record WorkflowSummary(String kind, String handle, String folder, String goalId, String title, String status,
        String forkStatus, String returnTo, int depth) {
}
