package dev.wf.core.report;

import java.util.List;

/**
 * The seed's two "done means" lists, checked: when a session's work with wf is complete, and when the workflow is.
 */
public record DoneMeans(List<Item> session, List<Item> workflow) {
    public DoneMeans {
        session = List.copyOf(session);
        workflow = List.copyOf(workflow);
    }

    public boolean ok() {
        return session.stream().allMatch(Item::ok) && workflow.stream().allMatch(Item::ok);
    }

    /** One line of a list: what must hold, whether it does, and what was found (or what to do). */
    public record Item(String what, boolean ok, String detail) {
    }
}
