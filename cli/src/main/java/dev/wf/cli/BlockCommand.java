package dev.wf.cli;

final class BlockCommand extends Verb {
    String id;
    String why;

    @Override
    Args declare() {
        return Args.command(this, "Mark a leaf blocked by something outside the tree, with the reason.")
                .param("ID", "The leaf that cannot go on.", v -> id = v)
                .option("--why", "REASON", "What blocks it.", v -> why = v, Args.required());
    }

    @Override
    public Integer call() {
        return report(workspace().block(id, why));
    }
}
