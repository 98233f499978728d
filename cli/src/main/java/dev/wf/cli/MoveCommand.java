package dev.wf.cli;

final class MoveCommand extends Verb {
    String id;
    String parent;
    String after;

    @Override
    Args declare() {
        return Args.command(this, "Move a node (with its tasks) under another parent.")
                .param("ID", "The node to move.", v -> id = v)
                .option("--to", "PARENT", "The new parent (the goal's id for a phase).", v -> parent = v,
                        Args.required())
                .option("--after", "SIBLING", "Place it after this sibling (default: last).", v -> after = v);
    }

    @Override
    public Integer call() {
        return report(workspace().move(id, parent, after));
    }
}
