package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Fork;
import dev.wf.core.model.ForkStatus;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Ids;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed's graduation playbook: a finished sub-workflow that will recur moves into a longer-running host workflow
 * as a phase, or into a skill. Either way its fork is marked merged with {@code graduated_to}.
 */
public final class Graduation {
    private Graduation() {
    }

    /** Refuses a fork that cannot graduate: still open, abandoned, or graduated already. */
    public static Fork graduatable(Workflow w, String forkId) {
        Fork f = Lookup.fork(w, forkId);
        if (f.isOpen()) {
            throw WfException.rule("fork '" + f.id() + "' is still open; only a finished sub-workflow graduates",
                    "finish its phases and wf resume it first");
        }
        if (f.status() == ForkStatus.ABANDONED) {
            throw WfException.rule("fork '" + f.id() + "' was abandoned; there is nothing to graduate", null);
        }
        if (f.graduatedTo() != null) {
            throw WfException.rule("fork '" + f.id() + "' has already graduated to " + f.graduatedTo(), null);
        }
        return f;
    }

    /** The fork marked merged with {@code graduated_to}, and the fork.graduated event of the workflow holding it. */
    public static Change mark(Workflow w, String forkId, String target, String now) {
        Fork f = graduatable(w, forkId);
        Fork g = new Fork(f.id(), f.spawnedAt(), f.spawnedFrom(), f.reason(), f.subWorkflow(), ForkStatus.MERGED,
                f.returnTo(), f.closedAt() == null ? now : f.closedAt(), target, f.extras());
        List<Fork> forks = w.forks().stream().map(x -> x.id().equals(forkId) ? g : x).toList();
        return new Change(w.withForks(forks), List.of(Event.of(EventType.FORK_GRADUATED, null, null, null,
                "graduated to " + target).withFork(forkId).withData(Map.of("graduated_to", target))));
    }

    /**
     * A new phase of {@code host} for the graduated sub-workflow: its title is the sub-workflow's goal, its inputs are
     * the sub-workflow's declared outputs, its process lists the sub-workflow's phases.
     */
    public static Change intoHost(Workflow host, Workflow sub, String forkId, String after, String origin,
            String now) {
        String title = sub.goal().title().isBlank() ? forkId : sub.goal().title();
        String id = Ids.derive(forkId, Restructure.ids(host));
        Change added = Restructure.add(host, host.goal().id(), title, id, after, now);
        Node phase = added.after().node(id).orElseThrow().withContent(title, process(sub), null,
                "graduated from fork '" + forkId + "' of " + origin, inputs(sub, forkId), List.of());
        Workflow w = added.after().withPhases(Nodes.replace(added.after().phases(), id, x -> phase));
        return added.then(w, List.of(Event.of(EventType.FORK_GRADUATED, id, null, null, "graduated from " + origin)
                .withFork(forkId)));
    }

    /** Each declared output of the sub-workflow, once, as an input. */
    static List<Input> inputs(Workflow sub, String forkId) {
        List<Input> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node n : Nodes.all(sub.phases())) {
            for (Output o : n.outputs()) {
                if (o.location() != null && seen.add(o.location())) {
                    out.add(new Input(SourceKind.L3_REFERENCE, o.location(), Input.FULL_FILE, "'" + o.artifact()
                            + "', made by the graduated sub-workflow " + forkId, null));
                }
            }
        }
        return out;
    }

    static String process(Workflow sub) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (Node p : sub.phases()) {
            out.append(++i).append(". ").append(p.title().isBlank() ? p.id() : p.title()).append('\n');
        }
        return out.isEmpty() ? null : out.toString();
    }
}
