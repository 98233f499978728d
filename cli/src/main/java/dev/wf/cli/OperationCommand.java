package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "operation", mixinStandardHelpOptions = true, description = "Operations: workflows that recur on a"
        + " cadence. Each is a template under operations/NAME; wf run NAME starts one cycle.",
        subcommands = OperationCommand.Create.class)
final class OperationCommand extends CommandGroup {
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make operations/NAME from a finished"
            + " workflow (or a graduated sub-workflow's folder): statuses reset, forks dropped, contracts kept.")
    static final class Create extends Verb {
        @Parameters(paramLabel = "NAME", description = "The operation's name (a slug).")
        String name;

        @Option(names = "--from", required = true, paramLabel = "PATH", description = "A folder holding workflow.yaml"
                + " or workflow-state/, relative to the project.")
        String from;

        @Override
        public Integer call() {
            return report(workspace().createOperation(name, from));
        }
    }
}
