package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a contract input comes from: L3 reference material or an L4 working artifact. */
public enum SourceKind {
    L3_REFERENCE("L3:reference"), L4_PREV_PHASE("L4:prev-phase"), L4_USER_UPLOAD("L4:user-upload");

    private final String yaml;

    SourceKind(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }

    public static Optional<SourceKind> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.yaml.equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(SourceKind::yaml).collect(Collectors.joining(" | "));
    }
}
