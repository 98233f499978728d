package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The status of a phase or task, spelled as in workflow.yaml. */
public enum NodeStatus {
    PLANNED("planned"), IN_PROGRESS("in-progress"), BLOCKED("blocked"), DONE("done"), SKIPPED("skipped");

    private final String yaml;

    NodeStatus(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }

    /** True for done and skipped: nothing is left to do here. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<NodeStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.yaml.equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(NodeStatus::yaml).collect(Collectors.joining(" | "));
    }
}
