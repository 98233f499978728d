package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of events in log.jsonl (SPEC §6). */
public enum EventType {
    WORKFLOW_STARTED("workflow.started"),
    NODE_ADDED("node.added"),
    NODE_UPDATED("node.updated"),
    NODE_MOVED("node.moved"),
    NODE_REMOVED("node.removed"),
    NODE_STATUS("node.status"),
    POINTER_MOVED("pointer.moved"),
    FORK_OPENED("fork.opened"),
    FORK_MERGED("fork.merged"),
    FORK_ABANDONED("fork.abandoned"),
    FORK_GRADUATED("fork.graduated"),
    EDIT_DETECTED("edit.detected"),
    MERGE("merge"),
    WORKFLOW_COMPLETED("workflow.completed"),
    RUN_STARTED("run.started"),
    CONTRACT_RECORDED("contract.recorded"),
    RECOVERED("recovered"),
    REPAIRED("repaired");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<EventType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(text)).findFirst();
    }
}
