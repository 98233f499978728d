package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.GitResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "commit", mixinStandardHelpOptions = true, description = "Commit wf's own files (the state folders,"
        + " PROGRESS.md, CONTEXT.md) and nothing else, with a message that sums up the events since the last commit."
        + " Other staged or unstaged changes stay as they were. .wf.yaml with 'autocommit: true' does it after"
        + " every change.")
final class CommitCommand extends Verb {
    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "The commit message instead of the"
            + " summary.")
    String message;

    @Override
    public Integer call() {
        return print(printer(), workspace().commit(message));
    }

    static int print(Printer p, GitResult r) {
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.git(r)));
        } else {
            r.done().forEach(l -> p.line(Safe.line(l)));
        }
        return ExitCodes.OK;
    }
}
