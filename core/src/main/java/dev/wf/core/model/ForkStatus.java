package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The status of a fork into a sub-workflow. */
public enum ForkStatus {
    OPEN("open"), MERGED("merged"), ABANDONED("abandoned");

    private final String yaml;

    ForkStatus(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }

    public static Optional<ForkStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.yaml.equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ForkStatus::yaml).collect(Collectors.joining(" | "));
    }
}
