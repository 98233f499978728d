package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "move", mixinStandardHelpOptions = true, description = "Move a node (with its tasks) under another parent.")
final class MoveCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The node to move.")
    String id;

    @Option(names = "--to", required = true, paramLabel = "PARENT", description = "The new parent (the goal's id for a phase).")
    String parent;

    @Option(names = "--after", paramLabel = "SIBLING", description = "Place it after this sibling (default: last).")
    String after;

    @Override
    public Integer call() {
        return report(workspace().move(id, parent, after));
    }
}
