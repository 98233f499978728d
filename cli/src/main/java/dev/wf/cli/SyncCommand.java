package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sync", mixinStandardHelpOptions = true, description = "Commit wf's files, fetch, merge, push: wf's"
        + " files merge node by node (the log by union) and the rest as git merges it; a conflict outside wf's files"
        + " stops with nothing changed. Other uncommitted changes are left as they are.")
final class SyncCommand extends Verb {
    @Parameters(arity = "0..1", paramLabel = "REMOTE", description = "The remote (default: origin).")
    String remote;

    @Override
    public Integer call() {
        return CommitCommand.print(printer(), workspace().sync(remote));
    }
}
