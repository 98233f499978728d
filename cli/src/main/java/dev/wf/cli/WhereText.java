package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.render.TreeText;
import dev.wf.core.report.WhereReport;

/** {@code wf where} as text: the chain, the current step and its contract, next, forks, warnings, the tree. */
final class WhereText {
    private WhereText() {
    }

    static void print(WhereReport r, Printer p, boolean brief) {
        p.line(p.bold(TreeText.chain(r.chain())));
        WhereReport.Current c = r.current();
        if (c != null) {
            p.line("now:    " + p.glyph(c.status()) + " " + Safe.line(c.id()) + ": " + Safe.line(c.title()) + " ("
                    + c.status() + ")");
            p.line("        " + (c.parentTitle().equals(r.goal().title()) ? "a phase of " + Safe.line(r.goal().title())
                    : "part of " + Safe.line(c.parentTitle()) + ", in " + Safe.line(r.goal().title())));
            if (c.blockedBy() != null) {
                p.line("        blocked by: " + Safe.line(c.blockedBy()));
            }
            if (!brief) {
                contract(c, p);
            }
        }
        if (r.next() != null) {
            p.line("next:   " + Safe.line(r.next().id()) + ": " + Safe.line(r.next().title()));
        }
        for (WhereReport.OpenFork f : r.forks()) {
            p.line("fork:   " + Safe.line(f.handle()) + ": " + Safe.line(f.reason()) + " (from "
                    + Safe.line(f.spawnedFrom()) + ", returns to " + Safe.line(f.returnTo()) + ")");
        }
        for (String w : r.warnings()) {
            p.line("warn:   " + Safe.line(w));
        }
        if (brief) {
            return;
        }
        p.line("");
        p.line(p.bold(Safe.line(r.goal().id()) + ": " + Safe.line(r.goal().title())) + " (" + r.goal().status() + ")");
        for (WhereReport.Row row : r.tree()) {
            p.line(row(row, p));
        }
    }

    private static void contract(WhereReport.Current c, Printer p) {
        if (c.process() != null) {
            p.line("        process:");
            for (String l : Safe.block(c.process()).strip().split("\n")) {
                p.line("          " + l);
            }
        }
        c.inputs().forEach(i -> p.line("        input:  " + TreeText.input(i)));
        c.outputs().forEach(o -> p.line("        output: " + TreeText.output(o)));
        if (c.notes() != null) {
            p.line("        notes:  " + Safe.line(c.notes()));
        }
    }

    private static String row(WhereReport.Row r, Printer p) {
        String indent = "  " + "  ".repeat(r.depth());
        if (r.id() == null) {
            return indent + "    … " + r.hidden() + " more";
        }
        String fold = r.hidden() > 0 ? " (+" + r.hidden() + " inside)" : "";
        String here = r.current() ? "  ← here" : "";
        return indent + p.glyph(r.status()) + " " + (r.fork() ? "fork " : "") + Safe.line(r.id()) + ": "
                + Safe.line(r.title()) + fold + here;
    }
}
