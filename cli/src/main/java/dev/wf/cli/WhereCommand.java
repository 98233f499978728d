package dev.wf.cli;

import dev.wf.core.report.WhereReport;

final class WhereCommand extends Verb {
    boolean brief;

    @Override
    Args declare() {
        return Args.command(this, "Where are we: the chain root › fork › node, the current step and its contract,"
                + " what is next, open forks, warnings, and the tree with finished parts folded.")
                .flag("--brief", "Only the chain, the current step, next, forks and warnings.", v -> brief = v);
    }

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
