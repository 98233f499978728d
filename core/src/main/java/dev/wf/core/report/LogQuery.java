package dev.wf.core.report;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Filters for {@code wf log}; null means no filter. {@code node} may be {@code FORK/ID}; {@code type} matches a
 * type or a prefix of one ({@code fork}); {@code since} is an ISO-8601 instant or date. Build with {@link #of}.
 */
public record LogQuery(String node, String type, String since) {
    public static final LogQuery ALL = new LogQuery(null, null, null);

    /** A query, checked: an unknown type or a time that is not ISO-8601 is refused. */
    public static LogQuery of(String node, String type, String since) {
        if (type != null && Arrays.stream(EventType.values()).noneMatch(t -> t.wire().equals(type)
                || t.wire().startsWith(type + "."))) {
            throw WfException.invalid("'" + type + "' is no event type", "use one of: " + Arrays.stream(
                    EventType.values()).map(EventType::wire).collect(Collectors.joining(", ")));
        }
        return new LogQuery(node, type, since == null ? null : instant(since));
    }

    private static String instant(String since) {
        try {
            Instant at = since.length() == 10 ? LocalDate.parse(since).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(since);
            return at.toString();
        } catch (DateTimeParseException e) {
            throw WfException.invalid("--since '" + since + "' is not an ISO-8601 date or time",
                    "use a form like 2026-11-01 or 2026-11-01T09:00:00Z");
        }
    }

    /** Whether an event of the workflow with this fork path (empty for the root) passes every filter. */
    public boolean matches(String workflow, Event e) {
        if (node != null) {
            int slash = node.lastIndexOf('/');
            String id = slash < 0 ? node : node.substring(slash + 1);
            if (slash >= 0 && !node.substring(0, slash).equals(workflow)) {
                return false;
            }
            if (!id.equals(e.node()) && !id.equals(e.fork())) {
                return false;
            }
        }
        if (type != null && !(e.type().equals(type) || e.type().startsWith(type + "."))) {
            return false;
        }
        return since == null || !at(e.ts()).isBefore(Instant.parse(since));
    }

    private static Instant at(String ts) {
        try {
            return ts == null ? Instant.MIN : Instant.parse(ts);
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }
}
