package dev.wf.cli;

import dev.wf.core.render.Safe;
import java.io.PrintWriter;

/** Where a verb writes: results to stdout, notices and errors to stderr; colour only on a terminal that wants it. */
final class Printer {
    private static final String RESET = "\u001b[0m";

    final PrintWriter out;
    final PrintWriter err;
    final boolean color;
    final boolean quiet;
    final boolean json;

    Printer(PrintWriter out, PrintWriter err, boolean color, boolean quiet, boolean json) {
        this.out = out;
        this.err = err;
        this.color = color;
        this.quiet = quiet;
        this.json = json;
    }

    /** A line of output (already made safe by the caller); nothing under --quiet. */
    void line(String text) {
        if (!quiet) {
            out.println(text);
        }
    }

    void notice(String text) {
        if (!quiet) {
            err.println("wf: " + Safe.line(text));
        }
    }

    /** The status glyph, coloured on a colour terminal. */
    String glyph(String status) {
        String g = "[" + dev.wf.core.render.TreeText.glyph(status) + "]";
        if (!color || status == null) {
            return g;
        }
        String code = switch (status) {
            case "done", "merged", "completed" -> "32";
            case "in-progress", "executing", "open" -> "33";
            case "blocked" -> "31";
            case "skipped", "abandoned" -> "90";
            default -> "0";
        };
        return "\u001b[" + code + "m" + g + RESET;
    }

    String bold(String text) {
        return color ? "\u001b[1m" + text + RESET : text;
    }
}
