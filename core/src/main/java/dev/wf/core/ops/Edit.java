package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.Goal;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Changes to what a node says (title, notes, process, contract) or to the goal's words. */
public final class Edit {
    private Edit() {
    }

    /** What to change; null fields stay as they are. */
    public record Request(String title, String why, String output, String notes, String process, String script,
            List<Input> addInputs, List<String> removeInputs, List<Output> addOutputs, List<String> removeOutputs) {
        public Request {
            addInputs = addInputs == null ? List.of() : List.copyOf(addInputs);
            removeInputs = removeInputs == null ? List.of() : List.copyOf(removeInputs);
            addOutputs = addOutputs == null ? List.of() : List.copyOf(addOutputs);
            removeOutputs = removeOutputs == null ? List.of() : List.copyOf(removeOutputs);
        }
    }

    public static Change apply(Workflow w, String id, Request r) {
        if (r.title() != null) {
            Text.title(r.title());
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        Workflow after;
        if (id.equals(w.goal().id())) {
            if (r.notes() != null || r.process() != null || r.script() != null || !r.addInputs().isEmpty() || !r.removeInputs().isEmpty()
                    || !r.addOutputs().isEmpty() || !r.removeOutputs().isEmpty()) {
                throw WfException.invalid("the goal takes --title, --why and --goal-output only",
                        "--notes, --process, --script, --input and --output belong to phases and tasks");
            }
            Goal g = w.goal();
            Goal ng = new Goal(g.id(), pick(r.title(), g.title(), "title", changed), g.status(),
                    pick(r.why(), g.why(), "why", changed), pick(r.output(), g.output(), "output", changed),
                    g.extras());
            after = w.withGoal(ng);
        } else {
            if (r.why() != null || r.output() != null) {
                throw WfException.invalid("--goal-output, and --why without --input, belong to the goal",
                        "on a node, --why says why an --input is needed; for the goal use its id");
            }
            Node n = Lookup.node(w, id);
            Node nn = n.withContent(pick(r.title(), n.title(), "title", changed),
                    pick(r.process(), n.process(), "process", changed),
                    pick(script(r.script()), n.script(), "script", changed), pick(r.notes(), n.notes(), "notes", changed),
                    inputs(n, r, changed), outputs(n, r, changed));
            after = w.withPhases(Nodes.replace(w.phases(), id, x -> nn));
        }
        if (changed.isEmpty()) {
            throw WfException.invalid("nothing to change", "pass --title, --notes, --process, --script, --input or --output");
        }
        return new Change(after, List.of(Event.of(EventType.NODE_UPDATED, id, null, null, null)
                .withData(Map.of("changed", new ArrayList<>(changed.keySet())))));
    }

    private static List<Input> inputs(Node n, Request r, Map<String, Object> changed) {
        List<Input> out = new ArrayList<>(n.inputs());
        for (String key : r.removeInputs()) {
            if (!out.removeIf(i -> key.equals(i.file()) || key.equals(i.file() + "#" + i.section()))) {
                throw WfException.invalid("'" + n.id() + "' has no input '" + key + "'", "name it as FILE or FILE#SECTION");
            }
        }
        for (Input in : r.addInputs()) {
            if (out.stream().anyMatch(i -> i.file().equals(in.file()) && java.util.Objects.equals(section(i),
                    section(in)))) {
                throw WfException.invalid("'" + n.id() + "' already reads " + in.file() + (section(in) == null ? ""
                        : "#" + in.section()), "remove it first with --remove-input to change it");
            }
            out.add(in);
        }
        if (!out.equals(n.inputs())) {
            changed.put("inputs", true);
        }
        return out;
    }

    private static List<Output> outputs(Node n, Request r, Map<String, Object> changed) {
        List<Output> out = new ArrayList<>(n.outputs());
        for (String key : r.removeOutputs()) {
            if (!out.removeIf(o -> key.equals(o.artifact()) || key.equals(o.location()))) {
                throw WfException.invalid("'" + n.id() + "' has no output '" + key + "'", "name it by artifact or location");
            }
        }
        for (Output o : r.addOutputs()) {
            if (out.stream().anyMatch(x -> x.artifact().equals(o.artifact()) || java.util.Objects.equals(
                    x.location(), o.location()))) {
                throw WfException.invalid("'" + n.id() + "' already has an output named '" + o.artifact() + "' or at "
                        + o.location(), "remove it first with --remove-output to change it");
            }
            out.add(o);
        }
        if (!out.equals(n.outputs())) {
            changed.put("outputs", true);
        }
        return out;
    }

    private static String script(String path) {
        return path == null || path.isEmpty() ? path : ContractSpec.path(path.strip(), "script");
    }

    private static String section(Input i) {
        return i.section() == null || i.section().equals(Input.FULL_FILE) ? null : i.section();
    }

    private static String pick(String requested, String current, String field, Map<String, Object> changed) {
        if (requested == null || Objects.equals(requested, current) || (requested.isEmpty() && current == null)) {
            return current;
        }
        changed.put(field, true);
        return requested.isEmpty() ? null : requested;
    }
}
