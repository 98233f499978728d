package dev.wf.cli;

final class GotoCommand extends Verb {
    String id;
    String why;

    @Override
    Args declare() {
        return Args.command(this, "Move the pointer to a leaf (marking it in-progress) or an open fork. Takes a"
                + " reason: silent drift is what wf exists to prevent.")
                .param("ID", "The leaf or open fork.", v -> id = v)
                .option("--why", "REASON", "e.g. \"deferring X to do Y\".", v -> why = v, Args.required());
    }

    @Override
    public Integer call() {
        return report(workspace().jump(id, why));
    }
}
