package dev.wf.cli;

final class ForkCommand extends Verb {
    String reason;
    String id;
    String from;
    String returnTo;

    @Override
    Args declare() {
        return Args.command(this, "Fork into a sub-workflow when a step needs something that does not exist yet. The"
                + " step is blocked and pinned; wf resume brings you back.")
                .param("REASON", "What is missing, e.g. \"need rate limiter\".", v -> reason = v)
                .option("--id", "ID", "The fork's id (default: made from the reason).", v -> id = v)
                .option("--from", "ID", "The step that needs it (default: the current one).", v -> from = v)
                .option("--return-to", "ID", "Where to resume afterwards (default: --from).", v -> returnTo = v);
    }

    @Override
    public Integer call() {
        return report(workspace().fork(reason, id, from, returnTo));
    }
}
