package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Start one cycle of an operation: a fresh copy"
        + " of its template under runs/PERIOD/workflow-state/ (runs/NAME/PERIOD/ when there are several operations),"
        + " logged as run.started. A period runs once.")
final class RunCommand extends Verb {
    @Parameters(paramLabel = "NAME", description = "The operation.")
    String name;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The cycle (default: this month, UTC).")
    String period;

    @Override
    public Integer call() {
        return report(workspace().run(name, period));
    }
}
