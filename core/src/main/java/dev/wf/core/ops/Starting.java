package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A new workflow (seed phases 1 and 2): the goal and its first phases, on the skeleton of the template. */
public final class Starting {
    private Starting() {
    }

    public static Change start(Workflow skeleton, String goal, String why, String output, List<String> phases,
            String id, String now) {
        if (goal == null || goal.isBlank()) {
            throw WfException.invalid("a workflow needs a goal", "pass --goal \"what this build delivers\"");
        }
        String title = Text.title(goal);
        String goalId = id != null ? Ids.require(id) : Ids.derive(title, Set.of());
        Set<String> taken = new HashSet<>(Set.of(goalId));
        List<Node> nodes = new ArrayList<>();
        for (String phase : phases) {
            Node n = Node.leaf(Ids.derive(Text.title(phase), taken), phase.strip());
            taken.add(n.id());
            nodes.add(n);
        }
        Workflow w = skeleton
                .withGoal(new Goal(goalId, title, GoalStatus.PLANNING, blankToNull(why), blankToNull(output),
                        skeleton.goal().extras()))
                .withPhases(nodes).withForks(List.of())
                .withPointer(nodes.isEmpty() ? null : nodes.get(0).id(), now);
        Event started = Event.of(EventType.WORKFLOW_STARTED, null, null, null, title)
                .withData(Map.of("phases", nodes.stream().map(Node::id).toList()));
        return new Change(w, List.of(started));
    }

    /**
     * A new workflow from a filled-in template: its phases as they are (reset to planned), the goal from
     * {@code goal} or the template, {@code why} and {@code output} when given, the pointer on the first leaf.
     */
    public static Change fromTemplate(Workflow template, String goal, String why, String output, String id,
            String name, String now) {
        String title = goal != null && !goal.isBlank() ? goal : template.goal().title();
        if (title == null || title.isBlank()) {
            throw WfException.invalid("a workflow needs a goal", "pass --goal \"what this build delivers\"");
        }
        title = Text.title(title);
        Set<String> taken = new HashSet<>();
        dev.wf.core.model.Nodes.all(template.phases()).forEach(n -> taken.add(n.id()));
        template.forks().forEach(f -> taken.add(f.id()));
        String goalId = id != null ? Ids.require(id) : Ids.derive(title, taken);
        dev.wf.core.model.Goal g = template.goal();
        Workflow w = template.withGoal(new Goal(goalId, title, GoalStatus.PLANNING,
                why != null ? blankToNull(why) : g.why(), output != null ? blankToNull(output) : g.output(),
                g.extras())).withPointer(template.currentNode(), now);
        Event started = Event.of(EventType.WORKFLOW_STARTED, null, null, null, title).withData(Map.of("template",
                name, "phases", template.phases().stream().map(Node::id).toList()));
        return new Change(w, List.of(started));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
