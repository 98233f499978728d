package dev.wf.cli;

final class SkipCommand extends Verb {
    String id;
    String why;

    @Override
    Args declare() {
        return Args.command(this, "Skip a leaf, with a reason; the pointer moves on if it was current.")
                .param("ID", "The leaf to skip.", v -> id = v)
                .option("--why", "REASON", "Why it is skipped.", v -> why = v, Args.required());
    }

    @Override
    public Integer call() {
        return report(workspace().skip(id, why));
    }
}
