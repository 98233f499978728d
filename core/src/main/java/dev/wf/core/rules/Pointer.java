package dev.wf.core.rules;

import dev.wf.core.model.Fork;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import java.util.List;
import java.util.Optional;

/** Where the pointer goes (SPEC §5). */
public final class Pointer {
    private Pointer() {
    }

    /** Whether a leaf still has work and nothing stops it: planned or in-progress. */
    public static boolean actionable(Node leaf) {
        return leaf.status() == NodeStatus.PLANNED || leaf.status() == NodeStatus.IN_PROGRESS;
    }

    /**
     * The next actionable leaf after {@code from} in document order, wrapping round to the start; never
     * {@code from} itself. With {@code from} null or unknown, the first actionable leaf.
     */
    public static Optional<Node> nextLeaf(Workflow w, String from) {
        List<Node> leaves = Nodes.leaves(w.phases());
        int start = 0;
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).id().equals(from)) {
                start = i + 1;
            }
        }
        for (int k = 0; k < leaves.size(); k++) {
            Node candidate = leaves.get((start + k) % leaves.size());
            if (!candidate.id().equals(from) && actionable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the pointer goes when the current leaf is done or skipped: the next actionable leaf, else an open fork,
     * else nowhere new (empty: it stays).
     */
    public static Optional<String> afterFinishing(Workflow w, String leaf) {
        Optional<Node> next = nextLeaf(w, leaf);
        if (next.isPresent()) {
            return Optional.of(next.get().id());
        }
        return w.forks().stream().filter(Fork::isOpen).map(Fork::id).findFirst();
    }
}
