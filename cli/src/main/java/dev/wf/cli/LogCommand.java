package dev.wf.cli;

import dev.wf.core.Workspace;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.render.Safe;
import dev.wf.core.report.LogEntry;
import dev.wf.core.report.LogQuery;
import dev.wf.core.report.LogReport;

final class LogCommand extends Verb {
    String node;
    String type;
    String since;
    Integer last;
    boolean follow;
    int followSeconds;

    @Override
    Args declare() {
        return Args.command(this, "The history of every workflow in the project, oldest first.")
                .option("--node", "ID", "Only events about this node or fork.", v -> node = v)
                .option("--type", "TYPE", "Only this type, e.g. node.status, or a prefix: fork.", v -> type = v)
                .option("--since", "WHEN", "Only events at or after this ISO-8601 time or date.", v -> since = v)
                .option("--last", "N", Integer.class, null, "Only the last N events that match.", v -> last = v)
                .flag("-f, --follow", "Keep printing new events as they are logged (Ctrl-C stops).", v -> follow = v)
                .option("--follow-seconds", "<followSeconds>", int.class, 0, null, v -> followSeconds = v,
                        Args.hidden(), Args.defaultValue("0"));
    }

    @Override
    public Integer call() throws Exception {
        if (last != null && last < 1) {
            throw WfException.invalid("--last " + last + " is not a positive number", "use e.g. --last 20");
        }
        Workspace ws = workspace();
        LogQuery q = LogQuery.of(node, type, since);
        LogReport r = last == null ? ws.log(q) : ws.log(q).last(last);
        Printer p = printer();
        r.warnings().forEach(w -> p.notice(w));
        if (p.json && !follow) {
            p.out.println(JsonViews.write(JsonViews.log(r)));
            return ExitCodes.OK;
        }
        r.entries().forEach(e -> print(p, e));
        p.out.flush();
        if (follow) {
            follow(ws, q, p);
        }
        return ExitCodes.OK;
    }

    private void follow(Workspace ws, LogQuery q, Printer p) throws Exception {
        try (AutoCloseable following = ws.follow(q, e -> {
            print(p, e);
            p.out.flush();
        })) {
            if (followSeconds > 0) {
                Thread.sleep(followSeconds * 1000L);
            } else {
                Thread.currentThread().join();
            }
        }
    }

    /** One entry; under --json --follow, one JSON object per line, since the stream has no end. */
    private static void print(Printer p, LogEntry entry) {
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.logEntry(entry)));
            return;
        }
        Event e = entry.event();
        String what = OutcomeText.describe(e);
        String where = entry.workflow().isEmpty() ? "" : "[" + entry.workflow() + "] ";
        p.out.println(Safe.line(e.ts() + "  " + where + e.type() + "  " + (what == null ? describeOther(e) : what)
                + (e.actor() == null ? "" : "  by " + e.actor())));
    }

    private static String describeOther(Event e) {
        return (e.reason() == null ? "" : e.reason()) + (e.data().isEmpty() ? "" : " " + e.data());
    }
}
