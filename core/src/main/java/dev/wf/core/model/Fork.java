package dev.wf.core.model;

import java.util.Objects;

/**
 * A fork into a sub-workflow: the node it was spawned from is blocked while it is open, and work returns to
 * {@code returnTo} when it closes. {@code subWorkflow} is relative to the state folder of the workflow holding it.
 */
public record Fork(
        String id,
        String spawnedAt,
        String spawnedFrom,
        String reason,
        String subWorkflow,
        ForkStatus status,
        String returnTo,
        String closedAt,
        String graduatedTo,
        Extras extras) {

    public Fork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        extras = extras == null ? Extras.NONE : extras;
    }

    public boolean isOpen() {
        return status == ForkStatus.OPEN;
    }

    public Fork closed(ForkStatus newStatus, String when) {
        return new Fork(id, spawnedAt, spawnedFrom, reason, subWorkflow, newStatus, returnTo, when, graduatedTo,
                extras);
    }

    public Fork withNodeIds(String from, String to) {
        return new Fork(id, spawnedAt, from, reason, subWorkflow, status, to, closedAt, graduatedTo, extras);
    }
}
