package dev.wf.core.model;

import java.util.Optional;

/** Where a contract input comes from: L3 reference material or an L4 working artifact. */
public enum SourceKind implements Spelled {
    L3_REFERENCE("L3:reference"), L4_PREV_PHASE("L4:prev-phase"), L4_USER_UPLOAD("L4:user-upload");

    private final String yaml;

    SourceKind(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    public static Optional<SourceKind> parse(String text) {
        return Spelled.parse(SourceKind.class, text);
    }

    public static String allowed() {
        return Spelled.allowed(SourceKind.class);
    }
}
