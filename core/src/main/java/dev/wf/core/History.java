package dev.wf.core;

import dev.wf.core.report.LogEntry;
import dev.wf.core.report.LogQuery;
import dev.wf.core.report.LogReport;
import dev.wf.core.store.EventLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the logs of every workflow in the project, filters them, and orders the events by time. */
final class History {
    private History() {
    }

    static LogReport read(List<Scan.Found> folders, LogQuery q) {
        List<LogEntry> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Scan.Found f : folders) {
            try {
                EventLog.Read r = EventLog.read(f.folder().log());
                for (int line : r.badLines()) {
                    warnings.add(f.folder().project().relativize(f.folder().log()) + ":" + line
                            + ": not a complete event (left as it is; wf never rewrites the log)");
                }
                r.events().stream().filter(e -> q.matches(f.folder().handle(), e)).forEach(e -> out.add(new LogEntry(f.folder().handle(),
                        e)));
            } catch (IOException e) {
                warnings.add(f.folder().log() + ": unreadable (" + e.getMessage() + ")");
            }
        }
        // Stable: events with the same time keep the order their log has them in.
        out.sort(Comparator.comparing((LogEntry e) -> e.event().ts() == null ? "" : e.event().ts()));
        return new LogReport(out, warnings);
    }

}
