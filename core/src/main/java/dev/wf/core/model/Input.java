package dev.wf.core.model;

import java.util.Objects;

/** One input of a stage contract: a file (and a section of it) that the node loads. */
public record Input(SourceKind source, String file, String section, String why, Extras extras) {
    public static final String FULL_FILE = "full file";

    public Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        extras = extras == null ? Extras.NONE : extras;
    }
}
