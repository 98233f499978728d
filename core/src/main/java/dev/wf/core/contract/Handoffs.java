package dev.wf.core.contract;

import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.Workflow;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff between nodes: phase N's outputs are phase N+1's {@code L4:prev-phase} inputs. Finds, for a file a node
 * reads, the node that declares it as an output, in document order (parents before their tasks).
 */
public final class Handoffs {
    private final List<Node> order;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Node> phases;

    public Handoffs(Workflow w) {
        this.phases = w.phases();
        this.order = Nodes.all(w.phases());
        for (int i = 0; i < order.size(); i++) {
            index.putIfAbsent(order.get(i).id(), i);
        }
    }

    /** Every node, in document order. */
    public List<Node> order() {
        return order;
    }

    /** The nearest node before {@code consumer} (and not one of its ancestors) that declares {@code file} as output. */
    public Optional<Node> producer(Node consumer, String file) {
        List<Node> ancestors = Nodes.ancestry(phases, consumer.id());
        for (int i = index.getOrDefault(consumer.id(), 0) - 1; i >= 0; i--) {
            Node n = order.get(i);
            if (!ancestors.contains(n) && declares(n, file)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** A node after {@code consumer} (or inside it) that declares {@code file} as output: a handoff running backwards. */
    public Optional<Node> laterProducer(Node consumer, String file) {
        for (int i = index.getOrDefault(consumer.id(), 0); i < order.size(); i++) {
            if (declares(order.get(i), file)) {
                return Optional.of(order.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Node n, String file) {
        return n.outputs().stream().map(Output::location).anyMatch(loc -> covers(loc, file));
    }

    /** Whether an output location names this file: the same path, or a folder that holds it. */
    public static boolean covers(String location, String file) {
        if (location == null || file == null || location.isBlank()) {
            return false;
        }
        try {
            Path l = Path.of(location).normalize();
            Path f = Path.of(file).normalize();
            return f.equals(l) || f.startsWith(l);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
