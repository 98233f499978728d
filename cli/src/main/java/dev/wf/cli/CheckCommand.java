package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.CheckReport;
import dev.wf.core.report.DoneMeans;
import java.util.List;

final class CheckCommand extends Verb {
    boolean fix;
    boolean stale;
    boolean done;

    @Override
    Args declare() {
        return Args.command(this, "Check every workflow against wf's rules and stage contracts, the log, the views"
                + " and stuck work; report stale inputs. Exits 3 when something is wrong.")
                .flag("--fix", "Repair what can be derived: roll-up, the pointer, the views.", v -> fix = v)
                .flag("--stale", "Also exit 3 when an input changed since the work that read it.", v -> stale = v)
                .flag("--done", "Check the seed's \"done means\" lists, for this session (WF_SESSION) and for the"
                        + " workflow, instead.", v -> done = v);
    }

    @Override
    public Integer call() {
        Printer p = printer();
        if (done) {
            DoneMeans d = workspace().doneMeans();
            if (p.json) {
                p.out.println(JsonViews.write(JsonViews.doneMeans(d)));
            } else {
                list(p, "this session is done when:", d.session());
                list(p, "the workflow is done when:", d.workflow());
            }
            return d.ok() ? ExitCodes.OK : ExitCodes.RULE;
        }
        CheckReport r = workspace().check(fix);
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.check(r)));
        } else {
            r.fixed().forEach(f -> p.line("fixed: " + Safe.line(f)));
            r.problems().forEach(x -> p.out.println(Safe.line(x.where() + ": " + x.message()
                    + (x.fixable() ? " (wf check --fix derives the repair)" : ""))));
            r.warnings().forEach(w -> p.line("warn: " + Safe.line(w)));
            r.stale().forEach(s -> p.line(Safe.line(s)));
            if (r.ok()) {
                p.line("ok: every rule holds" + (r.stale().isEmpty() ? "" : "; " + r.stale().size()
                        + " stale input(s)"));
            }
        }
        return r.ok() && (!stale || r.stale().isEmpty()) ? ExitCodes.OK : ExitCodes.RULE;
    }

    private static void list(Printer p, String title, List<DoneMeans.Item> items) {
        p.line(title);
        for (DoneMeans.Item i : items) {
            p.line("  " + (i.ok() ? "[x] " : "[ ] ") + Safe.line(i.what()) + ": " + Safe.line(i.detail()));
        }
    }
}
