package dev.wf.cli;

final class OperationCommand extends CommandGroup {
    @Override
    Args declare() {
        return Args.command(this, "Operations: workflows that recur on a cadence. Each is a template under"
                + " operations/NAME; wf run NAME starts one cycle.")
                .subcommand("create", new Create());
    }

    static final class Create extends Verb {
        String name;
        String from;

        @Override
        Args declare() {
            return Args.command(this, "Make operations/NAME from a finished workflow (or a graduated sub-workflow's"
                    + " folder): statuses reset, forks dropped, contracts kept.")
                    .param("NAME", "The operation's name (a slug).", v -> name = v)
                    .option("--from", "PATH", "A folder holding workflow.yaml or workflow-state/, relative to the"
                            + " project.", v -> from = v, Args.required());
        }

        @Override
        public Integer call() {
            return report(workspace().createOperation(name, from));
        }
    }
}
