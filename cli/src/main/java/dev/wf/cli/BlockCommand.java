package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "block", mixinStandardHelpOptions = true, description = "Mark a leaf blocked by something outside the tree, with the reason.")
final class BlockCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The leaf that cannot go on.")
    String id;

    @Option(names = "--why", required = true, paramLabel = "REASON", description = "What blocks it.")
    String why;

    @Override
    public Integer call() {
        return report(workspace().block(id, why));
    }
}
