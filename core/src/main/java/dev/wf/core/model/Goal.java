package dev.wf.core.model;

import java.util.Objects;

/** The root of a workflow: what it is for and why. {@code output} is what the finished workflow delivers. */
public record Goal(String id, String title, GoalStatus status, String why, String output, Extras extras) {
    public Goal {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(status, "status");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Goal withStatus(GoalStatus newStatus) {
        return new Goal(id, title, newStatus, why, output, extras);
    }
}
