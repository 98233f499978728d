package dev.wf.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose constants have a spelling in workflow.yaml. */
public interface Spelled {
    String yaml();

    /** The constant of {@code type} spelled {@code text}, if any. */
    static <E extends Enum<E> & Spelled> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.yaml().equals(text)).findFirst();
    }

    /** Every spelling of {@code type}, for error messages: {@code a | b | c}. */
    static <E extends Enum<E> & Spelled> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Spelled::yaml).collect(Collectors.joining(" | "));
    }
}
