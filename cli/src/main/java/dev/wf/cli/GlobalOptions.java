package dev.wf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every verb takes, before or after its name. */
final class GlobalOptions {
    @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Run as if wf was started in DIR.")
    Path dir;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--actor", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who acts, for the log (default: $WF_ACTOR, then git user.name).")
    String actor;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never use colour.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT, defaultValue = "10",
            description = "How long to wait for another wf command's lock (default: ${DEFAULT-VALUE}).")
    int waitSeconds;
}
