package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Change a node's id; the pointer and forks that name it follow. (Titles: wf edit --title.)")
final class RenameCommand extends Verb {
    @Parameters(index = "0", paramLabel = "ID", description = "The node's id now.")
    String id;

    @Parameters(index = "1", paramLabel = "NEW_ID", description = "Its new id.")
    String newId;

    @Override
    public Integer call() {
        return report(workspace().rename(id, newId));
    }
}
