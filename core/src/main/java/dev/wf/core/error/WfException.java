package dev.wf.core.error;

import java.util.Optional;

/**
 * The one exception wf throws. Its message is a single line naming the object and the problem; {@code location}
 * says where (a file:line:column or a tree path) and {@code hint} what to do next.
 */
public class WfException extends RuntimeException {
    private final ErrorKind kind;
    private final String location;
    private final String hint;

    public WfException(ErrorKind kind, String message, String location, String hint, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
        this.hint = hint;
    }

    public WfException(ErrorKind kind, String message, String location, String hint) {
        this(kind, message, location, hint, null);
    }

    public static WfException invalid(String message, String hint) {
        return new WfException(ErrorKind.INVALID_INPUT, message, null, hint);
    }

    public static WfException rule(String message, String hint) {
        return new WfException(ErrorKind.RULE, message, null, hint);
    }

    public static WfException storage(String message, Throwable cause) {
        return new WfException(ErrorKind.STORAGE, message, null, "check the path and its permissions", cause);
    }

    public ErrorKind kind() {
        return kind;
    }

    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** The whole report as one line: location, message, and what to do. */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        if (location != null) {
            line.append(location).append(": ");
        }
        line.append(getMessage());
        if (hint != null) {
            line.append(" (").append(hint).append(')');
        }
        return line.toString();
    }
}
