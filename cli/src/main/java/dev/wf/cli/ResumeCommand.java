package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "resume", mixinStandardHelpOptions = true, description = "If the active sub-workflow is complete, merge its fork and return to where it"
        + " was spawned; otherwise say exactly where to resume inside it.")
final class ResumeCommand extends Verb {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "The fork (A or A/B); default: the active one.")
    String path;

    @Override
    public Integer call() {
        return report(workspace().resume(path));
    }
}
