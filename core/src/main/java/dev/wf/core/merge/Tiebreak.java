package dev.wf.core.merge;

import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
        // Looked up once per field both sides changed and once per parent's order: indexed here, not searched there.
        Map<String, List<Event>> statusEvents = new HashMap<>();
        for (Event e : log) {
            if (EventType.NODE_STATUS.wire().equals(e.type()) && e.node() != null) {
                statusEvents.computeIfAbsent(e.node(), k -> new ArrayList<>()).add(e);
            }
        }
        UnaryOperator<String> oursStamp = stamps(ours);
        UnaryOperator<String> theirsStamp = stamps(theirs);
        return (id, field, vo, vt) -> {
            if (field.equals("status")) {
                String so = status(vo);
                String st = status(vt);
                Optional<Event> last = so.equals(st) ? Optional.empty()
                        : statusEvents.getOrDefault(id, List.of()).stream()
                                .filter(e -> so.equals(e.to()) || st.equals(e.to()))
                                .max(Comparator.comparing((Event e) -> String.valueOf(e.ts()))
                                        .thenComparing(e -> String.valueOf(e.id())));
                if (last.isPresent()) {
                    return so.equals(last.get().to());
                }
            }
            String to = oursStamp.apply(id);
            String tt = theirsStamp.apply(id);
            int byTime = String.valueOf(to).compareTo(String.valueOf(tt));
            if (byTime != 0 && to != null && tt != null) {
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

    /**
     * A side's own time for a node or fork id (the first of that id, as {@link Workflow#node} finds it), else the
     * file's.
     */
    private static UnaryOperator<String> stamps(Workflow w) {
        Map<String, Node> nodes = new HashMap<>();
        Nodes.all(w.phases()).forEach(n -> nodes.putIfAbsent(n.id(), n));
        Map<String, Fork> forks = new HashMap<>();
        w.forks().forEach(f -> forks.putIfAbsent(f.id(), f));
        return id -> Optional.ofNullable(nodes.get(id)).map(Node::updatedAt)
                .or(() -> Optional.ofNullable(forks.get(id))
                        .map(f -> f.closedAt() != null ? f.closedAt() : f.spawnedAt()))
                .orElse(w.lastUpdated());
    }
}
