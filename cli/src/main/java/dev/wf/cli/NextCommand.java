package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.WhereReport;

final class NextCommand extends Verb {
    @Override
    Args declare() {
        return Args.command(this, "The next actionable leaf after the current one.");
    }

    @Override
    public Integer call() {
        WhereReport r = workspace().where();
        Printer p = printer();
        WhereReport.Step next = r.next();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.next(r)));
        } else if (next == null) {
            p.line("nothing after " + (r.current() == null ? "this" : Safe.line(r.current().id()))
                    + (r.forks().isEmpty() ? "" : "; open forks: see wf where"));
        } else {
            p.line(Safe.line(next.id()) + ": " + Safe.line(next.title()));
        }
        return ExitCodes.OK;
    }
}
