package dev.wf.core.model;

import java.util.Objects;

/** One output of a stage contract: an artifact, where it lands, and its format. */
public record Output(String artifact, String location, String format, Extras extras) {
    public Output {
        Objects.requireNonNull(artifact, "artifact");
        extras = extras == null ? Extras.NONE : extras;
    }
}
