package dev.wf.core.testing;

import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.ops.Edit;
import dev.wf.core.ops.Restructure;
import dev.wf.core.ops.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random operations for property tests, as the verbs would apply them. */
public final class RandomOps {
    private RandomOps() {
    }

    /** One random verb on the tree: a transition, a restructuring or an edit; it may be refused. */
    public static Change apply(Workflow w, Random r, int step, String NOW) {
        List<Node> all = Nodes.all(w.phases());
        List<Node> leaves = Nodes.leaves(w.phases());
        String any = all.isEmpty() ? "none" : all.get(r.nextInt(all.size())).id();
        String leaf = leaves.isEmpty() ? "none" : leaves.get(r.nextInt(leaves.size())).id();
        List<String> parents = new ArrayList<>(all.stream().map(Node::id).toList());
        parents.add(w.goal().id());
        String parent = parents.get(r.nextInt(parents.size()));
        return switch (r.nextInt(10)) {
            case 0 -> Transitions.done(w, r.nextBoolean() && w.currentNode() != null ? w.currentNode() : leaf, NOW);
            case 1 -> Transitions.skip(w, leaf, "no longer needed", NOW);
            case 2 -> Transitions.block(w, leaf, "waiting", NOW);
            case 3 -> Transitions.unblock(w, leaf, NOW);
            case 4 -> Transitions.jump(w, leaf, "deferring", NOW);
            case 5 -> Restructure.add(w, parent, "step " + step, null, null, NOW);
            case 6 -> Restructure.move(w, any, parent, null, NOW);
            case 7 -> Restructure.rename(w, any, "renamed-" + step);
            case 8 -> Restructure.remove(w, any, "cut", NOW);
            default -> Edit.apply(w, any, new Edit.Request("title " + step, null, null, null, null, null, null, null, null,
                    null));
        };
    }
}
