package dev.wf.core.contract;

import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which nodes were done (or started) against inputs that have changed since: a section or file whose hash differs
 * from the one recorded, or an {@code L4:prev-phase} input produced by a node that is itself stale. Nodes without a
 * record (never started since contracts were recorded) are never stale.
 */
public final class Staleness {
    private Staleness() {
    }

    /** Why a node is stale. */
    public enum Reason { CHANGED_SINCE_DONE, CHANGED_WHILE_IN_PROGRESS, CHANGED_SINCE_STARTED, UPSTREAM_STALE }

    /** One stale input of a node; {@code via} names the stale producer for {@link Reason#UPSTREAM_STALE}. */
    public record Stale(String node, String input, Reason reason, String via) {
        public String message() {
            return switch (reason) {
                case CHANGED_SINCE_DONE -> "stale: " + input + " changed since " + node + " was done";
                case CHANGED_WHILE_IN_PROGRESS -> "stale: " + input + " changed while " + node + " was in progress";
                case CHANGED_SINCE_STARTED -> "stale: " + input + " changed since work on " + node + " started";
                case UPSTREAM_STALE -> "stale: " + node + " reads " + input + " from " + via + ", which is stale";
            };
        }
    }

    /** Every stale input of every node, in document order; {@code current} gives an input's hash now. */
    public static List<Stale> find(Workflow w, Baselines records, Function<Input, String> current) {
        Handoffs handoffs = new Handoffs(w);
        Map<String, String> memo = new HashMap<>();
        Function<Input, String> hash = in -> memo.computeIfAbsent(Artifacts.key(in), k -> current.apply(in));
        List<Stale> out = new ArrayList<>();
        Set<String> stale = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) { // producers come first in document order, so this settles in one pass unless a handoff runs backwards
            grew = false;
            for (Node n : handoffs.order()) {
                if (stale.contains(n.id())) {
                    continue;
                }
                List<Stale> found = check(n, records.of(n.id()), hash, handoffs, stale);
                if (!found.isEmpty()) {
                    out.addAll(found);
                    stale.add(n.id());
                    grew = true;
                }
            }
        }
        Map<String, Integer> order = new HashMap<>();
        handoffs.order().forEach(n -> order.putIfAbsent(n.id(), order.size()));
        out.sort(Comparator.comparingInt(s -> order.get(s.node())));
        return out;
    }

    private static List<Stale> check(Node n, Baselines.Baseline b, Function<Input, String> current, Handoffs handoffs,
            Set<String> stale) {
        List<Stale> out = new ArrayList<>();
        if (b == null || n.inputs().isEmpty()) {
            return out;
        }
        boolean done = n.status() == NodeStatus.DONE && b.doneInputs() != null;
        boolean started = n.status() == NodeStatus.IN_PROGRESS && b.started() != null;
        if (!done && !started) {
            return out;
        }
        for (Input in : n.inputs()) {
            String key = Artifacts.key(in);
            Map<String, String> seen = done ? b.doneInputs() : b.started();
            String then = seen.get(key);
            if (then != null && !then.equals(current.apply(in))) {
                out.add(new Stale(n.id(), key, done ? Reason.CHANGED_SINCE_DONE : Reason.CHANGED_SINCE_STARTED, null));
                continue;
            }
            String before = done && b.startedBeforeDone() != null ? b.startedBeforeDone().get(key) : null;
            if (before != null && then != null && !before.equals(then)) {
                out.add(new Stale(n.id(), key, Reason.CHANGED_WHILE_IN_PROGRESS, null));
                continue;
            }
            if (in.source() == SourceKind.L4_PREV_PHASE) {
                Optional<Node> producer = handoffs.producer(n, in.file());
                if (producer.isPresent() && stale.contains(producer.get().id())) {
                    out.add(new Stale(n.id(), key, Reason.UPSTREAM_STALE, producer.get().id()));
                }
            }
        }
        return out;
    }
}
