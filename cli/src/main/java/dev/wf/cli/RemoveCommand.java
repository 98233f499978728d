package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a node and its tasks; the log keeps the removed subtree.")
final class RemoveCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The node to remove.")
    String id;

    @Option(names = "--why", paramLabel = "REASON", description = "Why it goes (logged).")
    String why;

    @Override
    public Integer call() {
        return report(workspace().remove(id, why));
    }
}
