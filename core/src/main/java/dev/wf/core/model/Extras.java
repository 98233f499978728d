package dev.wf.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys that wf does not know, kept in their original order so that a write gives them back.
 * The values are opaque to the model: the store puts its own YAML values here.
 */
public record Extras(Map<String, Object> values) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
