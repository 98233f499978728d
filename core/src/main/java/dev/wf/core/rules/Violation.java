package dev.wf.core.rules;

/**
 * A broken rule. {@code location} is the YAML path ({@code phases[1].tasks[0].status}), {@code layoutPath} the
 * store's id-based path used to find its line, and {@code fixable} says whether {@code wf check --fix} can derive
 * the repair.
 */
public record Violation(String rule, String message, String location, String layoutPath, boolean fixable) {
}
