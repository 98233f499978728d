package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a phase (PARENT is the goal's id) or a task under a phase or task, at any depth."
        + " Adding under the current leaf moves the pointer to the new task.")
final class AddCommand extends Verb {
    @Parameters(index = "0", paramLabel = "PARENT", description = "The goal's id, or a node's id (FORK/ID in a fork).")
    String parent;

    @Parameters(index = "1", paramLabel = "TITLE", description = "What the step does.")
    String title;

    @Option(names = "--id", paramLabel = "ID", description = "The new node's id (default: made from the title).")
    String id;

    @Option(names = "--after", paramLabel = "SIBLING", description = "Place it after this sibling (default: last).")
    String after;

    @Override
    public Integer call() {
        return report(workspace().add(parent, title, id, after));
    }
}
