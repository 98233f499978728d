package dev.wf.cli;

import dev.wf.core.report.WhereReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "where", mixinStandardHelpOptions = true, description = "Where are we: the chain root › fork › node, the current step and its contract,"
        + " what is next, open forks, warnings, and the tree with finished parts folded.")
final class WhereCommand extends Verb {
    @Option(names = "--brief", description = "Only the chain, the current step, next, forks and warnings.")
    boolean brief;

    @Override
    public Integer call() {
        WhereReport r = workspace().where();
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.where(r)));
        } else {
            WhereText.print(r, p, brief);
        }
        return ExitCodes.OK;
    }
}
