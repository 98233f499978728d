package dev.wf.core.report;

import java.util.List;

/** What {@code wf check} found: problems (rules broken, with file:line), warnings, and what --fix repaired. */
public record CheckReport(List<Problem> problems, List<String> warnings, List<String> fixed) {
    public CheckReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        fixed = List.copyOf(fixed);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One broken rule: where (file:line), what, and whether --fix can derive the repair. */
    public record Problem(String where, String message, boolean fixable) {
    }
}
