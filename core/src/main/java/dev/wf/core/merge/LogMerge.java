package dev.wf.core.merge;

import dev.wf.core.model.Event;
import dev.wf.core.store.EventCodec;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * log.jsonl merges by union: ours as it is (so the file only grows), then each line of theirs whose event ours does
 * not have (by id; a line that is not a complete event, by its text). Readers order events by time.
 */
public final class LogMerge {
    private LogMerge() {
    }

    public static String merge(String ours, String theirs) {
        StringBuilder out = new StringBuilder(ours == null || ours.isBlank() ? "" : ours);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n'); // a torn last line stays as it was, on a line of its own
        }
        Set<String> have = new HashSet<>();
        for (String line : lines(ours)) {
            have.add(key(line));
        }
        for (String line : lines(theirs)) {
            if (have.add(key(line))) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The events of a log text, in file order; lines that are not complete events are left out. */
    public static List<Event> events(String log) {
        List<Event> out = new java.util.ArrayList<>();
        for (String line : lines(log)) {
            try {
                out.add(EventCodec.fromLine(line));
            } catch (IOException | RuntimeException notAnEvent) {
                // kept in the file, not an event
            }
        }
        return out;
    }

    private static List<String> lines(String log) {
        return log == null ? List.of() : log.lines().map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isBlank()).toList();
    }

    /** An event's id, or the line itself when it is not a complete event. */
    private static String key(String line) {
        try {
            Event e = EventCodec.fromLine(line);
            return e.id() == null ? "line:" + line : "id:" + e.id();
        } catch (IOException | RuntimeException notAnEvent) {
            return "line:" + line;
        }
    }
}
