package dev.wf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "skip", mixinStandardHelpOptions = true, description = "Skip a leaf, with a reason; the pointer moves on if it was current.")
final class SkipCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The leaf to skip.")
    String id;

    @Option(names = "--why", required = true, paramLabel = "REASON", description = "Why it is skipped.")
    String why;

    @Override
    public Integer call() {
        return report(workspace().skip(id, why));
    }
}
