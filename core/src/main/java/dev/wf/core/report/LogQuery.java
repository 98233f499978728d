package dev.wf.core.report;

import dev.wf.core.model.Event;

/** Filters for {@code wf log}; null means no filter. {@code since} is an ISO-8601 instant or date. */
public record LogQuery(String node, String type, String since) {
    public static final LogQuery ALL = new LogQuery(null, null, null);

    /** Whether an event passes every filter; a type filter also matches as a prefix ({@code fork}). */
    public boolean matches(Event e) {
        if (node != null && !node.equals(e.node()) && !node.equals(e.fork())) {
            return false;
        }
        if (type != null && !(e.type().equals(type) || e.type().startsWith(type + "."))) {
            return false;
        }
        return since == null || (e.ts() != null && e.ts().compareTo(since) >= 0);
    }
}
