package dev.wf.cli;

final class RunCommand extends Verb {
    String name;
    String period;

    @Override
    Args declare() {
        return Args.command(this, "Start one cycle of an operation: a fresh copy of its template under"
                + " runs/PERIOD/workflow-state/ (runs/NAME/PERIOD/ when there are several operations), logged as"
                + " run.started. A period runs once.")
                .param("NAME", "The operation.", v -> name = v)
                .option("--period", "YYYY-MM", "The cycle (default: this month, UTC).", v -> period = v);
    }

    @Override
    public Integer call() {
        return report(workspace().run(name, period));
    }
}
