package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.WorkflowSummary;
import java.util.List;

final class ListCommand extends Verb {
    @Override
    Args declare() {
        return Args.command(this, "Every workflow in the project: the root, forks at any depth, operations (templates"
                + " under operations/) and their runs.");
    }

    @Override
    public Integer call() {
        List<WorkflowSummary> all = workspace().list();
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.list(all)));
            return ExitCodes.OK;
        }
        for (WorkflowSummary s : all) {
            String indent = "  ".repeat(s.depth() + (s.operation() != null ? 1 : 0));
            String fork = s.forkStatus() == null ? "" : " [fork " + s.forkStatus() + ", returns to "
                    + Safe.line(s.returnTo()) + "]";
            fork += s.operation() == null ? "" : " [run of " + Safe.line(s.operation()) + "]";
            String name = s.kind().equals("root") ? "root" : s.kind() + " " + Safe.line(s.handle());
            p.line(indent + p.glyph(s.status()) + " " + name + ": " + Safe.line(s.title()) + " (" + s.status() + ")"
                    + fork + "  " + Safe.line(s.folder()));
        }
        return ExitCodes.OK;
    }
}
