package dev.wf.core.error;

/** The few kinds of failure wf reports; the CLI maps each to one exit code. */
public enum ErrorKind {
    /** Bad arguments, an unknown id, a malformed or schema-breaking file. */
    INVALID_INPUT,
    /** A rule of the tree would break, or a check found a problem. */
    RULE,
    /** Someone else holds the lock. */
    CONFLICT,
    /** Reading or writing a file failed. */
    STORAGE,
    /** A git operation failed. */
    GIT,
    /** A bug in wf. */
    INTERNAL
}
