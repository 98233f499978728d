package dev.wf.core;

import dev.wf.core.model.Event;
import dev.wf.core.report.WhereReport;
import java.util.List;

/**
 * What a change did: the events it logged, notices (a recovery, a hand edit noticed), a message when the command
 * has more to say, and where the project stands afterwards.
 */
public record Outcome(List<Event> events, List<String> notices, String message, WhereReport where) {
    public Outcome {
        events = List.copyOf(events);
        notices = List.copyOf(notices);
    }
}
