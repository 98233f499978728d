package dev.wf.core.merge;

import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a field that both sides of a merge changed: the later change wins. "Later" comes from the log when it
 * says (the latest node.status event that set one of the two values), else from each side's own time for that node
 * ({@code updated_at}, a fork's {@code closed_at} or {@code spawned_at}, else the file's {@code last_updated}). When
 * nothing tells them apart, the values themselves decide, so that the answer never depends on which side is "ours".
 */
public interface Tiebreak {
    /** Whether the ours value wins for this field of this node (or fork; "" for the goal and the file). */
    boolean oursWins(String id, String field, Object ours, Object theirs);

    /** The later change by the log's node.status events, then by each side's timestamps, then by value. */
    static Tiebreak later(Workflow ours, Workflow theirs, List<Event> log) {
        return (id, field, vo, vt) -> {
            String so = status(vo);
            String st = status(vt);
            if (field.equals("status") && !so.equals(st)) {
                Optional<Event> last = log.stream().filter(e -> EventType.NODE_STATUS.wire().equals(e.type())
                        && id.equals(e.node()) && (so.equals(e.to()) || st.equals(e.to())))
                        .max(Comparator.comparing((Event e) -> String.valueOf(e.ts()))
                                .thenComparing(e -> String.valueOf(e.id())));
                if (last.isPresent()) {
                    return so.equals(last.get().to());
                }
            }
            int byTime = String.valueOf(stamp(ours, id)).compareTo(String.valueOf(stamp(theirs, id)));
            if (byTime != 0 && stamp(ours, id) != null && stamp(theirs, id) != null) {
                return byTime > 0;
            }
            return String.valueOf(vo).compareTo(String.valueOf(vt)) >= 0;
        };
    }

    /** A status value as the merge passes it: the status first, then '@' and the times. */
    private static String status(Object v) {
        String s = String.valueOf(v);
        int at = s.indexOf('@');
        return at < 0 ? s : s.substring(0, at);
    }

    private static String stamp(Workflow w, String id) {
        Optional<String> own = w.node(id).map(Node::updatedAt).filter(Objects::nonNull)
                .or(() -> w.fork(id).map(f -> f.closedAt() != null ? f.closedAt() : f.spawnedAt()));
        return own.orElse(w.lastUpdated());
    }
}
