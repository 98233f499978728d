package dev.wf.core.model;

import java.util.Optional;

/** The status of a fork into a sub-workflow. */
public enum ForkStatus implements Spelled {
    OPEN("open"), MERGED("merged"), ABANDONED("abandoned");

    private final String yaml;

    ForkStatus(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    public static Optional<ForkStatus> parse(String text) {
        return Spelled.parse(ForkStatus.class, text);
    }

    public static String allowed() {
        return Spelled.allowed(ForkStatus.class);
    }
}
