package dev.wf.cli;

import java.nio.file.Path;

/** Options every verb takes, before or after its name. */
final class GlobalOptions {
    Path dir;
    boolean json;
    String actor;
    boolean noColor;
    boolean quiet;
    boolean stacktrace;
    int waitSeconds;

    /** Adds them to the top command, whose verbs inherit them. */
    Args addTo(Args top) {
        return top.option("-C", "DIR", Path.class, null, "Run as if wf was started in DIR.", v -> dir = v,
                        Args.inherited())
                .flag("--json", "Print JSON instead of text.", v -> json = v, Args.inherited())
                .option("--actor", "NAME", "Who acts, for the log (default: $WF_ACTOR, then git user.name).",
                        v -> actor = v, Args.inherited())
                .flag("--no-color", "Never use colour.", v -> noColor = v, Args.inherited())
                .flag("-q, --quiet", "Print only errors.", v -> quiet = v, Args.inherited())
                .flag("--stacktrace", "Print the stack trace of an error.", v -> stacktrace = v, Args.inherited())
                .option("--wait", "SECONDS", int.class, 10,
                        "How long to wait for another wf command's lock (default: ${DEFAULT-VALUE}).",
                        v -> waitSeconds = v, Args.inherited(), Args.defaultValue("10"));
    }
}
