package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "goto", mixinStandardHelpOptions = true, description = "Move the pointer to a leaf (marking it in-progress) or an open fork. Takes a reason:"
        + " silent drift is what wf exists to prevent.")
final class GotoCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The leaf or open fork.")
    String id;

    @Option(names = "--why", required = true, paramLabel = "REASON", description = "e.g. \"deferring X to do Y\".")
    String why;

    @Override
    public Integer call() {
        return report(workspace().jump(id, why));
    }
}
