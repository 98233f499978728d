package dev.wf.cli;

final class AddCommand extends Verb {
    String parent;
    String title;
    String id;
    String after;

    @Override
    Args declare() {
        return Args.command(this, "Add a phase (PARENT is the goal's id) or a task under a phase or task, at any"
                + " depth. Adding under the current leaf moves the pointer to the new task.")
                .param("PARENT", "The goal's id, or a node's id (FORK/ID in a fork).", v -> parent = v)
                .param("TITLE", "What the step does.", v -> title = v)
                .option("--id", "ID", "The new node's id (default: made from the title).", v -> id = v)
                .option("--after", "SIBLING", "Place it after this sibling (default: last).", v -> after = v);
    }

    @Override
    public Integer call() {
        return report(workspace().add(parent, title, id, after));
    }
}
