package dev.wf.cli;

final class AbandonCommand extends Verb {
    String fork;
    String why;

    @Override
    Args declare() {
        return Args.command(this, "Close an open fork as abandoned and unblock the step it came from.")
                .param("FORK", "The fork (A or A/B).", v -> fork = v)
                .option("--why", "REASON", null, v -> why = v, Args.required());
    }

    @Override
    public Integer call() {
        return report(workspace().abandon(fork, why));
    }
}
