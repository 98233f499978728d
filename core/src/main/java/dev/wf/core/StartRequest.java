package dev.wf.core;

import java.util.List;

/**
 * The answers {@code wf start} needs: the goal, why it matters, what it delivers, the first phases, and whether the
 * work is more than a one-shot (it spans sessions, or has unknowns; three or more phases count as many steps).
 */
public record StartRequest(String goal, String why, String output, List<String> phases, String id,
        boolean spansSessions, boolean hasUnknowns, boolean force) {
    public StartRequest {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** True when none of the seed's reasons to keep a workflow applies. */
    public boolean looksOneShot() {
        return phases.size() < 3 && !spansSessions && !hasUnknowns;
    }
}
