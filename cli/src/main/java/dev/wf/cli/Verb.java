package dev.wf.cli;

import dev.wf.core.Outcome;
import dev.wf.core.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every verb shares: the top command's options, the workspace, the printer, and rendering a change. */
abstract class Verb implements Callable<Integer> {
    @ParentCommand
    WfCommand root;

    @Spec
    CommandSpec spec;

    Workspace workspace() {
        return root.workspace("wf " + spec.name());
    }

    Printer printer() {
        return root.printer(spec);
    }

    /** Prints what a change did, as text or JSON, and gives the exit code. */
    int report(Outcome o) {
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.outcome(o)));
        } else {
            OutcomeText.print(o, p);
        }
        return ExitCodes.OK;
    }
}
