package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "abandon", mixinStandardHelpOptions = true, description = "Close an open fork as abandoned and unblock the step it came from.")
final class AbandonCommand extends Verb {
    @Parameters(paramLabel = "FORK", description = "The fork (A or A/B).")
    String fork;

    @Option(names = "--why", required = true, paramLabel = "REASON")
    String why;

    @Override
    public Integer call() {
        return report(workspace().abandon(fork, why));
    }
}
