package dev.wf.core.render;

import dev.wf.core.report.WhereReport;
import java.util.stream.Collectors;

/** current-pointer.md: one short paragraph saying where we are, doing what, what is next, and how to resume. */
public final class PointerNote {
    private PointerNote() {
    }

    public static String render(WhereReport r) {
        StringBuilder p = new StringBuilder();
        String chain = TreeText.chain(r.chain());
        if (r.current() != null) {
            WhereReport.Current c = r.current();
            p.append("You are at **").append(Safe.line(c.id())).append("** (").append(Safe.line(c.title()))
                    .append("), part of ").append(Safe.line(c.parentTitle())).append(", in **")
                    .append(Safe.line(r.goal().title())).append("**");
            if (r.goal().why() != null) {
                p.append(", which matters because ").append(lowerFirst(Safe.line(r.goal().why())));
            }
            p.append(". Doing: ").append(doing(c.status()));
            if (c.blockedBy() != null) {
                p.append(" (blocked by ").append(Safe.line(c.blockedBy())).append(')');
            }
            p.append('.');
        } else if (r.subWorkflowComplete()) {
            p.append("Sub-workflow **").append(Safe.line(r.goal().title())).append("** is complete.");
        } else {
            p.append("**").append(Safe.line(r.goal().title())).append("** has no current step yet.");
        }
        p.append(r.next() == null ? " Next: nothing else is planned here." : " Next: " + Safe.line(r.next().id())
                + " (" + Safe.line(r.next().title()) + ").");
        if (!r.forks().isEmpty()) {
            p.append(" Open forks: ").append(r.forks().stream().map(f -> Safe.line(f.handle()) + " (" + Safe.line(
                    f.reason()) + ", returns to " + Safe.line(f.returnTo()) + ")").collect(Collectors.joining("; ")))
                    .append('.');
        }
        p.append(" Resume handle: `").append(chain).append("`; run `wf where` for the whole picture.");
        return "# You are here\n\n" + p + "\n\n<!-- Written by wf from workflow.yaml; changes here are replaced. -->\n";
    }

    private static String doing(String status) {
        return switch (status) {
            case "planned" -> "not started yet";
            case "in-progress" -> "in progress";
            default -> status;
        };
    }

    private static String lowerFirst(String s) {
        String t = s.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() || (t.length() > 1 && Character.isUpperCase(t.charAt(1))) ? t
                : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}
