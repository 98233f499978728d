package dev.wf.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One workflow.yaml: the goal, its phases (tasks nest inside), its forks and the pointer.
 * {@code currentSince} is wf's addition: when the pointer last moved.
 */
public record Workflow(
        Goal goal,
        List<Node> phases,
        List<Fork> forks,
        String currentNode,
        String currentSince,
        String lastUpdated,
        Extras extras) {

    public Workflow {
        Objects.requireNonNull(goal, "goal");
        phases = List.copyOf(phases);
        forks = List.copyOf(forks);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Workflow withGoal(Goal newGoal) {
        return new Workflow(newGoal, phases, forks, currentNode, currentSince, lastUpdated, extras);
    }

    public Workflow withPhases(List<Node> newPhases) {
        return new Workflow(goal, newPhases, forks, currentNode, currentSince, lastUpdated, extras);
    }

    public Workflow withForks(List<Fork> newForks) {
        return new Workflow(goal, phases, newForks, currentNode, currentSince, lastUpdated, extras);
    }

    public Workflow withPointer(String node, String since) {
        return new Workflow(goal, phases, forks, node, since, lastUpdated, extras);
    }

    public Workflow withLastUpdated(String when) {
        return new Workflow(goal, phases, forks, currentNode, currentSince, when, extras);
    }

    public Optional<Node> node(String id) {
        return Nodes.find(phases, id);
    }

    public Optional<Fork> fork(String id) {
        return forks.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
