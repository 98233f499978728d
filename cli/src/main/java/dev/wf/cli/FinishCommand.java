package dev.wf.cli;

import dev.wf.core.error.WfException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "finish", mixinStandardHelpOptions = true, description = "Complete the workflow: refuses while a step"
        + " is unfinished or a fork open, appends a dated \"what shipped\" note to PROGRESS.md, and records the answer"
        + " to \"will this recur?\". On a terminal it asks what it is not told.")
final class FinishCommand extends Verb {
    @Option(names = "--shipped", paramLabel = "TEXT", description = "What shipped, for PROGRESS.md.")
    String shipped;

    @Option(names = "--recur", paramLabel = "yes|no", description = "Will this recur? yes: wf says how to make it an"
            + " operation or graduate it.")
    String recur;

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
