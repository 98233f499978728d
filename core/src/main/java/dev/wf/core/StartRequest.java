package dev.wf.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answers {@code wf start} needs: the goal, why it matters, what it delivers, the first phases, and whether the
 * work is more than a one-shot (it spans sessions, or has unknowns; three or more phases count as many steps). With a
 * {@code template}, the phases come from it, {@code {{key}}} placeholders from {@code values} (and {@code goal},
 * {@code date}, {@code period}); a placeholder without a value is refused unless {@code allowMissing}.
 */
public record StartRequest(String goal, String why, String output, List<String> phases, String id,
        boolean spansSessions, boolean hasUnknowns, boolean force, String template, Map<String, String> values,
        boolean allowMissing) {
    public StartRequest {
        phases = phases == null ? List.of() : List.copyOf(phases);
        // In the order given, so that what is said of them comes in that order (Map.copyOf's changes from run to run).
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "a key");
            Objects.requireNonNull(v, () -> "the value of " + k);
        });
    }

    /** A start without a template. */
    public StartRequest(String goal, String why, String output, List<String> phases, String id,
            boolean spansSessions, boolean hasUnknowns, boolean force) {
        this(goal, why, output, phases, id, spansSessions, hasUnknowns, force, null, null, false);
    }

    /** True when none of the seed's reasons to keep a workflow applies. */
    public boolean looksOneShot() {
        return template == null && phases.size() < 3 && !spansSessions && !hasUnknowns;
    }
}
