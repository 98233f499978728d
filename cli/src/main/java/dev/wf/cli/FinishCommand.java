package dev.wf.cli;

import dev.wf.core.error.WfException;

final class FinishCommand extends Verb {
    String shipped;
    String recur;

    @Override
    Args declare() {
        return Args.command(this, "Complete the workflow: refuses while a step is unfinished or a fork open, appends"
                + " a dated \"what shipped\" note to PROGRESS.md, and records the answer to \"will this recur?\". On"
                + " a terminal it asks what it is not told.")
                .option("--shipped", "TEXT", "What shipped, for PROGRESS.md.", v -> shipped = v)
                .option("--recur", "yes|no", "Will this recur? yes: wf says how to make it an operation or graduate"
                        + " it.", v -> recur = v);
    }

    @Override
    public Integer call() throws Exception {
        boolean terminal = root().env().terminal();
        if (shipped == null && terminal) {
            shipped = ask("What shipped? (one line for PROGRESS.md)");
        }
        if (recur == null && terminal) {
            recur = ask("Will this recur? (yes/no)");
        }
        if (shipped == null || recur == null) {
            throw WfException.invalid("wf finish needs --shipped TEXT and --recur yes|no when it cannot ask", null);
        }
        String r = recur.strip().toLowerCase(java.util.Locale.ROOT);
        if (!r.equals("yes") && !r.equals("no") && !r.equals("y") && !r.equals("n")) {
            throw WfException.invalid("--recur '" + recur + "' is not yes or no", "answer --recur yes or --recur no");
        }
        return report(workspace().finish(shipped, yes(r)));
    }
}
