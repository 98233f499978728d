package dev.wf.core.report;

import java.util.List;

/**
 * What {@code wf check} found: problems (rules broken, with file:line), warnings, what --fix repaired, and which
 * contract inputs changed since the work that read them (stale).
 */
public record CheckReport(List<Problem> problems, List<String> warnings, List<String> fixed, List<String> stale) {
    public CheckReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        fixed = List.copyOf(fixed);
        stale = List.copyOf(stale);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One broken rule: where (file:line), what, and whether --fix can derive the repair. */
    public record Problem(String where, String message, boolean fixable) {
    }
}
