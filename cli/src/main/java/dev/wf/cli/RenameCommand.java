package dev.wf.cli;

final class RenameCommand extends Verb {
    String id;
    String newId;

    @Override
    Args declare() {
        return Args.command(this, "Change a node's id; the pointer and forks that name it follow. (Titles: wf edit"
                + " --title.)")
                .param("ID", "The node's id now.", v -> id = v)
                .param("NEW_ID", "Its new id.", v -> newId = v);
    }

    @Override
    public Integer call() {
        return report(workspace().rename(id, newId));
    }
}
