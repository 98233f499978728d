package dev.wf.cli;

final class ResumeCommand extends Verb {
    String path;

    @Override
    Args declare() {
        return Args.command(this, "If the active sub-workflow is complete, merge its fork and return to where it was"
                + " spawned; otherwise say exactly where to resume inside it.")
                .param("PATH", "The fork (A or A/B); default: the active one.", v -> path = v, Args.optional());
    }

    @Override
    public Integer call() {
        return report(workspace().resume(path));
    }
}
