package dev.wf.cli;

final class UnblockCommand extends Verb {
    String id;

    @Override
    Args declare() {
        return Args.command(this, "Clear a leaf's block (not one held by an open fork: resume or abandon that).")
                .param("ID", "The blocked leaf.", v -> id = v);
    }

    @Override
    public Integer call() {
        return report(workspace().unblock(id));
    }
}
