package dev.wf.core.model;

import java.util.Optional;

/** The status of a workflow's goal; always derived from the tree (SPEC §4). */
public enum GoalStatus implements Spelled {
    PLANNING("planning"), EXECUTING("executing"), BLOCKED("blocked"), COMPLETED("completed");

    private final String yaml;

    GoalStatus(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    public static Optional<GoalStatus> parse(String text) {
        return Spelled.parse(GoalStatus.class, text);
    }

    public static String allowed() {
        return Spelled.allowed(GoalStatus.class);
    }
}
