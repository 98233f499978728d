package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "done", mixinStandardHelpOptions = true, description = "Mark a leaf done (default: the current one); the pointer moves on.")
final class DoneCommand extends Verb {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "The leaf; FORK/ID reaches into a sub-workflow.")
    String id;

    @Option(names = "--force", description = "Mark it done even though declared outputs are missing; the log records"
            + " which.")
    boolean force;

    @Override
    public Integer call() {
        return report(workspace().done(id, force));
    }
}
