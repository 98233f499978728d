package dev.wf.cli;

import dev.wf.core.Outcome;
import dev.wf.core.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** What every verb shares: the top command's options, the workspace, the printer, and rendering a change. */
abstract class Verb implements Callable<Integer> {
    /** picocli's model of this verb, once {@link #declared} has made it. */
    CommandSpec spec;

    /** The verb's description, options and parameters, each bound to a field. */
    abstract Args declare();

    /** picocli's model of this verb, named: made once, and kept for the verb's own use. */
    final CommandSpec declared(String name) {
        spec = declare().spec().name(name);
        return spec;
    }

    /** The top command, however deep this verb sits (wf operation create). */
    WfCommand root() {
        CommandSpec s = spec;
        while (!(s.userObject() instanceof WfCommand)) {
            s = s.parent();
        }
        return (WfCommand) s.userObject();
    }

    Workspace workspace() {
        return root().workspace(spec.qualifiedName());
    }

    Printer printer() {
        return root().printer(spec);
    }

    /** Asks one question on the terminal and gives the answer, stripped; under --json on stderr, as stdout is JSON. */
    String ask(String prompt) throws java.io.IOException {
        java.io.PrintWriter to = root().global.json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        to.print(prompt + " ");
        to.flush();
        String line = root().env().in().readLine();
        if (line == null) {
            throw dev.wf.core.error.WfException.invalid("input ended before the questions were answered",
                    "pass the answers as flags");
        }
        return line.strip();
    }

    static boolean yes(String answer) {
        return answer.toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    /** Prints what a change did, as text or JSON, and gives the exit code. */
    int report(Outcome o) {
        Printer p = printer();
        if (p.json) {
            o.notices().forEach(p::notice);
            p.out.println(JsonViews.write(JsonViews.outcome(o)));
        } else {
            OutcomeText.print(o, p);
        }
        return ExitCodes.OK;
    }
}
