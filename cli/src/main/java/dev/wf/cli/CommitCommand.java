package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.GitResult;

final class CommitCommand extends Verb {
    String message;

    @Override
    Args declare() {
        return Args.command(this, "Commit wf's own files (the state folders, PROGRESS.md, CONTEXT.md) and nothing"
                + " else, with a message that sums up the events since the last commit. Other staged or unstaged"
                + " changes stay as they were. .wf.yaml with 'autocommit: true' does it after every change.")
                .option("-m, --message", "TEXT", "The commit message instead of the summary.", v -> message = v);
    }

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
