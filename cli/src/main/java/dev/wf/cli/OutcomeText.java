package dev.wf.cli;

import dev.wf.core.Outcome;
import dev.wf.core.model.Event;
import dev.wf.core.render.Safe;
import dev.wf.core.render.TreeText;

/** What a change did, as text: one line per event, then where the pointer is now. */
final class OutcomeText {
    private OutcomeText() {
    }

    static void print(Outcome o, Printer p) {
        o.notices().forEach(p::notice);
        for (Event e : o.events()) {
            String line = describe(e);
            if (line != null) {
                p.line(Safe.line(line));
            }
        }
        if (o.message() != null) {
            p.line(Safe.line(o.message()));
        }
        if (o.where() != null && !o.where().chain().isEmpty()) {
            p.line("now: " + TreeText.chain(o.where().chain()));
        }
    }

    static String describe(Event e) {
        String why = e.reason() == null ? "" : " (" + e.reason() + ")";
        return switch (e.type()) {
            case "workflow.started" -> "started " + (e.fork() != null ? "sub-workflow " + e.fork() : "workflow")
                    + why;
            case "node.added" -> "added " + e.node() + " under " + e.to();
            case "node.updated" -> e.data().containsKey("renamed_from") ? "renamed " + e.from() + " to " + e.to()
                    : "updated " + e.node() + " " + e.data().getOrDefault("changed", "");
            case "node.moved" -> e.from().equals(e.to()) ? "reordered " + e.node() + " within " + e.to()
                    : "moved " + e.node() + " from " + e.from() + " to " + e.to();
            case "node.removed" -> "removed " + e.node() + why;
            case "node.status" -> e.node() + ": " + e.from() + " → " + e.to() + why;
            case "pointer.moved" -> "pointer: " + orNone(e.from()) + " → " + orNone(e.to()) + why;
            case "fork.opened" -> "fork " + e.fork() + " opened from " + e.node() + why;
            case "fork.merged" -> "fork " + e.fork() + " merged; back to " + e.node();
            case "fork.abandoned" -> "fork " + e.fork() + " abandoned" + why;
            case "workflow.completed" -> e.fork() != null ? "sub-workflow " + e.fork() + " completed"
                    : "workflow finished: shipped " + e.data().get("shipped") + " (will it recur? "
                            + e.data().get("recur") + ")";
            case "fork.graduated" -> "fork " + e.fork() + why;
            case "run.started" -> e.reason();
            case "repaired" -> "repaired " + e.data().getOrDefault("fixed", "");
            default -> null;
        };
    }

    private static String orNone(String id) {
        return id == null ? "(none)" : id;
    }
}
