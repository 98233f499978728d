package dev.wf.cli;

import dev.wf.core.error.ErrorKind;

/** The one mapping from an error's kind to the process exit code (SPEC §8). */
final class ExitCodes {
    static final int OK = 0;
    static final int STORAGE = 1;
    static final int USAGE = 2;
    static final int RULE = 3;
    static final int BUG = 4;

    private ExitCodes() {
    }

    static int of(ErrorKind kind) {
        return switch (kind) {
            case STORAGE, GIT -> STORAGE;
            case INVALID_INPUT -> USAGE;
            case RULE, CONFLICT -> RULE;
            case INTERNAL -> BUG;
        };
    }
}
