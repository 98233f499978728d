package dev.wf.core.model;

import java.util.Optional;

/** The status of a phase or task, spelled as in workflow.yaml. */
public enum NodeStatus implements Spelled {
    PLANNED("planned"), IN_PROGRESS("in-progress"), BLOCKED("blocked"), DONE("done"), SKIPPED("skipped");

    private final String yaml;

    NodeStatus(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** True for done and skipped: nothing is left to do here. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<NodeStatus> parse(String text) {
        return Spelled.parse(NodeStatus.class, text);
    }

    public static String allowed() {
        return Spelled.allowed(NodeStatus.class);
    }
}
