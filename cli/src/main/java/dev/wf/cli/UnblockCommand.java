package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unblock", mixinStandardHelpOptions = true, description = "Clear a leaf's block (not one held by an open fork: resume or abandon that).")
final class UnblockCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The blocked leaf.")
    String id;

    @Override
    public Integer call() {
        return report(workspace().unblock(id));
    }
}
