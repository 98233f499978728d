package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Check every workflow against wf's rules, the log, the views and stuck work."
        + " Exits 3 when something is wrong.")
final class CheckCommand extends Verb {
    @Option(names = "--fix", description = "Repair what can be derived: roll-up, the pointer, the views.")
    boolean fix;

    @Override
    public Integer call() {
        CheckReport r = workspace().check(fix);
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.check(r)));
        } else {
            r.fixed().forEach(f -> p.line("fixed: " + Safe.line(f)));
            r.problems().forEach(x -> p.out.println(Safe.line(x.where() + ": " + x.message()
                    + (x.fixable() ? " (wf check --fix derives the repair)" : ""))));
            r.warnings().forEach(w -> p.line("warn: " + Safe.line(w)));
            if (r.ok()) {
                p.line("ok: every rule holds");
            }
        }
        return r.ok() ? ExitCodes.OK : ExitCodes.RULE;
    }
}
