package dev.wf.core.render;

import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import dev.wf.core.report.WhereReport;
import java.util.List;
import java.util.stream.Collectors;

/** Plain-text pieces shared by the views: status glyphs, the chain, and the tree as an indented list. */
public final class TreeText {
    private TreeText() {
    }

    public static String glyph(String status) {
        if (status == null) {
            return " ";
        }
        return switch (status) {
            case "done", "merged", "completed" -> "x";
            case "in-progress", "executing", "open" -> ">";
            case "blocked" -> "!";
            case "skipped", "abandoned" -> "-";
            default -> " ";
        };
    }

    /** A contract input on one line: {@code L3:reference docs/a.md#Section (why)}. */
    public static String input(Input i) {
        String section = i.section() == null || i.section().equals(Input.FULL_FILE) ? "" : "#" + i.section();
        return Safe.line(i.source().yaml() + " " + i.file() + section + (i.why() == null ? "" : " (" + i.why() + ")"));
    }

    /** A contract output on one line: {@code handlers → src/api/reports.py [python]}. */
    public static String output(Output o) {
        return Safe.line(o.artifact() + (o.location() == null ? "" : " → " + o.location())
                + (o.format() == null ? "" : " [" + o.format() + "]"));
    }

    /** The chain as {@code reports-api › rate-limiter › token-bucket}. */
    public static String chain(List<WhereReport.Link> links) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            WhereReport.Link l = links.get(i);
            if (i == 0) {
                out.append(l.workflow());
            }
            if (l.pointer() != null && (i + 1 >= links.size() || !l.pointer().equals(links.get(i + 1).workflow()))) {
                out.append(" › ").append(l.pointer());
            } else if (i + 1 < links.size()) {
                out.append(" › ").append(links.get(i + 1).workflow());
            }
        }
        return Safe.line(out.toString());
    }

    /** The rows as Markdown-style list lines: {@code - [x] id: title}. */
    public static List<String> lines(List<WhereReport.Row> rows, String bullet) {
        return rows.stream().map(r -> "  ".repeat(r.depth()) + bullet + row(r)).collect(Collectors.toList());
    }

    private static String row(WhereReport.Row r) {
        if (r.id() == null) {
            return "… " + r.hidden() + " more";
        }
        String fold = r.hidden() > 0 ? " (+" + r.hidden() + " inside)" : "";
        String here = r.current() ? "  ← you are here" : "";
        String kind = r.fork() ? "fork " : "";
        return "[" + glyph(r.status()) + "] " + kind + Safe.line(r.id()) + ": " + Safe.line(r.title()) + " ("
                + r.status() + ")" + fold + here;
    }
}
