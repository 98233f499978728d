package dev.wf.cli;

final class RemoveCommand extends Verb {
    String id;
    String why;

    @Override
    Args declare() {
        return Args.command(this, "Remove a node and its tasks; the log keeps the removed subtree.")
                .param("ID", "The node to remove.", v -> id = v)
                .option("--why", "REASON", "Why it goes (logged).", v -> why = v);
    }

    @Override
    public Integer call() {
        return report(workspace().remove(id, why));
    }
}
