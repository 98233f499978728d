package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fork", mixinStandardHelpOptions = true, description = "Fork into a sub-workflow when a step needs something that does not exist yet."
        + " The step is blocked and pinned; wf resume brings you back.")
final class ForkCommand extends Verb {
    @Parameters(paramLabel = "REASON", description = "What is missing, e.g. \"need rate limiter\".")
    String reason;

    @Option(names = "--id", paramLabel = "ID", description = "The fork's id (default: made from the reason).")
    String id;

    @Option(names = "--from", paramLabel = "ID", description = "The step that needs it (default: the current one).")
    String from;

    @Option(names = "--return-to", paramLabel = "ID", description = "Where to resume afterwards (default: --from).")
    String returnTo;

    @Override
    public Integer call() {
        return report(workspace().fork(reason, id, from, returnTo));
    }
}
