package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The status of a workflow's goal; always derived from the tree (SPEC §4). */
public enum GoalStatus {
    PLANNING("planning"), EXECUTING("executing"), BLOCKED("blocked"), COMPLETED("completed");

    private final String yaml;

    GoalStatus(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }

    public static Optional<GoalStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.yaml.equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(GoalStatus::yaml).collect(Collectors.joining(" | "));
    }
}
