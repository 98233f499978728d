package dev.wf.core.rules;

/**
 * A broken rule. {@code location} is the YAML path ({@code phases[1].tasks[0].status}); {@code layoutPath} finds
 * its line in the file: {@code @ID/key} for a node or fork, {@code /goal/key} or {@code /current_node} at the top;
 * {@code fixable} says whether {@code wf check --fix} can derive the repair.
 */
public record Violation(String rule, String message, String location, String layoutPath, boolean fixable) {
}
