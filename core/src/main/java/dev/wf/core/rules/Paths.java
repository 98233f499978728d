package dev.wf.core.rules;

import java.nio.file.Path;

/** Path rules for files named in a workflow: relative, and never climbing out of the project. */
public final class Paths {
    private Paths() {
    }

    /** Whether {@code path} is relative and stays inside the folder it is resolved against. */
    public static boolean insideProject(String path) {
        if (path == null || path.isBlank() || path.indexOf('\0') >= 0 || path.startsWith("/")
                || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        Path p = Path.of(path).normalize();
        return !p.isAbsolute() && !p.startsWith("..") && !p.toString().equals("..");
    }

    /** Whether {@code path} names a folder strictly below the one it is resolved against (not itself). */
    public static boolean below(String path) {
        return insideProject(path) && !Path.of(path).normalize().toString().isEmpty();
    }
}
