package dev.wf.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of log.jsonl. {@code type} is kept as text so that a reader never fails on a type it does not know.
 * {@code data} holds what a type needs beyond the common fields (a removed subtree, what an edit changed): strings,
 * numbers, booleans, lists and maps only.
 */
public record Event(
        int v,
        String id,
        String ts,
        String type,
        String node,
        String fork,
        String from,
        String to,
        String reason,
        String actor,
        String session,
        GitRef git,
        String sha256,
        Map<String, Object> data) {

    public static final int VERSION = 1;

    public Event {
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A new event of this type, with the fields the store stamps (id, time, actor, git, hash) left empty. */
    public static Event of(EventType type, String node, String from, String to, String reason) {
        return new Event(VERSION, null, null, type.wire(), node, null, from, to, reason, null, null, null, null, null);
    }

    public Event withFork(String forkId) {
        return new Event(v, id, ts, type, node, forkId, from, to, reason, actor, session, git, sha256, data);
    }

    /**
     * A data map from alternating keys and values, in that order: Map.of has no order, and a log line's keys would
     * come out in a different order from one JVM run to the next.
     */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public Event withData(Map<String, Object> more) {
        return new Event(v, id, ts, type, node, fork, from, to, reason, actor, session, git, sha256, more);
    }

    /** The event with the fields that the store adds when it appends it. */
    public Event stamped(String newId, String time, String who, String sessionId, GitRef ref, String sha) {
        return new Event(v, newId, time, type, node, fork, from, to, reason, who, sessionId, ref, sha, data);
    }
}
