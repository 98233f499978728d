package dev.wf.cli;

import dev.wf.core.Outcome;
import dev.wf.core.StartRequest;
import dev.wf.core.error.WfException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

final class StartCommand extends Verb {
    String goal;
    String why;
    String output;
    List<String> phases;
    String id;
    boolean spansSessions;
    boolean unknowns;
    boolean force;
    String template;
    Map<String, String> values;
    boolean allowMissing;

    @Override
    Args declare() {
        return Args.command(this, "Start a workflow: the goal, why it matters, what it delivers, the first phases. On"
                + " a terminal without --goal it asks. Refuses one-shot work unless --force, and never overwrites.")
                .option("--goal", "TEXT", "What the build delivers, in one line.", v -> goal = v)
                .option("--why", "TEXT", "Why it matters (future sessions need this).", v -> why = v)
                .option("--output", "TEXT", "What exists when it is done.", v -> output = v)
                .list("--phase", "TITLE", "A phase, in order; repeat it (three or more).", v -> phases = v)
                .option("--id", "ID", "The goal's id (default: made from the goal).", v -> id = v)
                .flag("--spans-sessions", "The work will span more than one session.", v -> spansSessions = v)
                .flag("--unknowns", "The work has unknowns that may be discovered on the way.", v -> unknowns = v)
                .flag("--force", "Scaffold even work that looks one-shot.", v -> force = v)
                .option("--template", "NAME", "Start from a template (see wf template list): its phases and"
                        + " contracts, with {{placeholders}} filled in.", v -> template = v)
                .map("--set", "KEY=VALUE", "A placeholder's value for --template (repeatable); goal, date and period"
                        + " are known already.", v -> values = v)
                .flag("--allow-missing", "With --template: write [missing: KEY] for a placeholder without a value"
                        + " instead of refusing.", v -> allowMissing = v);
    }

    @Override
    public Integer call() throws IOException {
        if (goal == null && template == null) {
            if (!root().env().terminal()) {
                throw WfException.invalid("wf start needs --goal when it cannot ask on a terminal",
                        "wf start --goal \"...\" --why \"...\" --phase A --phase B --phase C");
            }
            ask();
        }
        StartRequest r = request();
        if (root().env().terminal() && r.looksOneShot() && !force) {
            force = yes(ask("This looks like one-shot work: a workflow may be overhead. Scaffold anyway? (y/N)"));
            r = request();
        }
        Outcome o = workspace().start(r);
        return report((why == null || why.isBlank()) && template == null ? withNotice(o, "no --why given: a future"
                + " session will not know why this matters (wf edit GOAL-ID --why ... adds it)") : o);
    }

    /** The outcome with one more notice, so that --json carries it as well. */
    private static Outcome withNotice(Outcome o, String notice) {
        List<String> notices = new ArrayList<>(o.notices());
        notices.add(notice);
        return new Outcome(o.events(), notices, o.message(), o.where());
    }

    private StartRequest request() {
        return new StartRequest(goal, why, output, phases, id, spansSessions, unknowns, force, template, values,
                allowMissing);
    }

    /** The seed's four questions, then the one-shot check. */
    private void ask() throws IOException {
        goal = required("Goal: what does this build deliver, in one line?");
        why = ask("Why does it matter? (future sessions need this)");
        if (why.isEmpty()) {
            why = ask("A workflow without a why does not survive a long pause. Why does it matter?");
        }
        output = ask("What exists when it is done?");
        String answer = required("The first phases, separated by ';' (three is a good start):");
        phases = Arrays.stream(answer.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (phases.size() < 3) {
            spansSessions = yes(ask("Will it span more than one session? (y/n)"));
            unknowns = yes(ask("Might it discover unknowns on the way? (y/n)"));
        }
    }

    private String required(String prompt) throws IOException {
        String answer = ask(prompt);
        return answer.isEmpty() ? ask("(needed) " + prompt) : answer;
    }

}
