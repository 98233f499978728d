package dev.wf.cli;

import dev.wf.core.StartRequest;
import dev.wf.core.error.WfException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "start", mixinStandardHelpOptions = true, description = "Start a workflow: the goal, why it matters, what it delivers, the first phases."
        + " On a terminal without --goal it asks. Refuses one-shot work unless --force, and never overwrites.")
final class StartCommand extends Verb {
    @Option(names = "--goal", paramLabel = "TEXT", description = "What the build delivers, in one line.")
    String goal;

    @Option(names = "--why", paramLabel = "TEXT", description = "Why it matters (future sessions need this).")
    String why;

    @Option(names = "--output", paramLabel = "TEXT", description = "What exists when it is done.")
    String output;

    @Option(names = "--phase", paramLabel = "TITLE", description = "A phase, in order; repeat it (three or more).")
    List<String> phases = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", description = "The goal's id (default: made from the goal).")
    String id;

    @Option(names = "--spans-sessions", description = "The work will span more than one session.")
    boolean spansSessions;

    @Option(names = "--unknowns", description = "The work has unknowns that may be discovered on the way.")
    boolean unknowns;

    @Option(names = "--force", description = "Scaffold even work that looks one-shot.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (goal == null) {
            if (!root.env().terminal()) {
                throw WfException.invalid("wf start needs --goal when it cannot ask on a terminal",
                        "wf start --goal \"...\" --why \"...\" --phase A --phase B --phase C");
            }
            ask();
        }
        StartRequest r = new StartRequest(goal, why, output, phases, id, spansSessions, unknowns, force);
        if (root.env().terminal() && r.looksOneShot() && !force) {
            force = yes(question("This looks like one-shot work: a workflow may be overhead. Scaffold anyway? (y/N)"));
            r = new StartRequest(goal, why, output, phases, id, spansSessions, unknowns, force);
        }
        int exit = report(workspace().start(r));
        if (why == null || why.isBlank()) {
            printer().notice("no --why given: a future session will not know why this matters (wf edit "
                    + "GOAL-ID --why ... adds it)");
        }
        return exit;
    }

    /** The seed's four questions, then the one-shot check. */
    private void ask() throws IOException {
        goal = required("Goal: what does this build deliver, in one line?");
        why = question("Why does it matter? (future sessions need this)");
        if (why.isEmpty()) {
            why = question("A workflow without a why does not survive a long pause. Why does it matter?");
        }
        output = question("What exists when it is done?");
        String answer = required("The first phases, separated by ';' (three is a good start):");
        phases = Arrays.stream(answer.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (phases.size() < 3) {
            spansSessions = yes(question("Will it span more than one session? (y/n)"));
            unknowns = yes(question("Might it discover unknowns on the way? (y/n)"));
        }
    }

    private String required(String prompt) throws IOException {
        String answer = question(prompt);
        return answer.isEmpty() ? question("(needed) " + prompt) : answer;
    }

    private String question(String prompt) throws IOException {
        spec.commandLine().getOut().print(prompt + " ");
        spec.commandLine().getOut().flush();
        String line = root.env().in().readLine();
        if (line == null) {
            throw WfException.invalid("input ended before the questions were answered", "pass the answers as flags");
        }
        return line.strip();
    }

    private static boolean yes(String answer) {
        return answer.toLowerCase().startsWith("y");
    }
}
