package dev.wf.cli;

final class SyncCommand extends Verb {
    String remote;

    @Override
    Args declare() {
        return Args.command(this, "Commit wf's files, fetch, merge, push: wf's files merge node by node (the log by"
                + " union) and the rest as git merges it; a conflict outside wf's files stops with nothing changed."
                + " Other uncommitted changes are left as they are.")
                .param("REMOTE", "The remote (default: origin).", v -> remote = v, Args.optional());
    }

    @Override
    public Integer call() {
        return CommitCommand.print(printer(), workspace().sync(remote));
    }
}
