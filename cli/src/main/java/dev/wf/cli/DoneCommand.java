package dev.wf.cli;

final class DoneCommand extends Verb {
    String id;
    boolean force;

    @Override
    Args declare() {
        return Args.command(this, "Mark a leaf done (default: the current one); the pointer moves on.")
                .param("ID", "The leaf; FORK/ID reaches into a sub-workflow.", v -> id = v, Args.optional())
                .flag("--force", "Mark it done even though declared outputs are missing; the log records which.",
                        v -> force = v);
    }

    @Override
    public Integer call() {
        return report(workspace().done(id, force));
    }
}
