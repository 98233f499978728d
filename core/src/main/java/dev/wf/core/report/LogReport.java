package dev.wf.core.report;

import java.util.List;

/** The events that matched, oldest first, and notes on lines that were not complete events. */
public record LogReport(List<LogEntry> entries, List<String> warnings) {
    public LogReport {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /** Only the newest {@code n} entries. */
    public LogReport last(int n) {
        return new LogReport(entries.subList(Math.max(0, entries.size() - n), entries.size()), warnings);
    }
}
