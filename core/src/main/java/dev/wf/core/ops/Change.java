package dev.wf.core.ops;

import dev.wf.core.model.Event;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/** The result of one pure operation on a workflow: the new tree and the events that describe the change. */
public record Change(Workflow after, List<Event> events) {
    public Change {
        events = List.copyOf(events);
    }

    /** This change followed by more events on a further-changed tree. */
    public Change then(Workflow next, List<Event> more) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(more);
        return new Change(next, all);
    }
}
