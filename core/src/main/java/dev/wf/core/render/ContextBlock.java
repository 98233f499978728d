package dev.wf.core.render;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.report.WhereReport;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The block wf owns in CONTEXT.md, between its markers, rendered from a template with {@code {{name}}}
 * placeholders. Everything outside the markers is left exactly as it was.
 */
public final class ContextBlock {
    public static final String BEGIN = "<!-- wf:begin -->";
    public static final String END = "<!-- wf:end -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z.]+)}}");

    private ContextBlock() {
    }

    /**
     * The block from a template. {@code graph} fills {@code {{mermaid}}} ({@link #mermaid}); when it is empty, a
     * placeholder alone on its line goes with the blank line after it.
     */
    public static String render(String template, WhereReport r, String updated, String graph) {
        String forks = r.forks().isEmpty() ? "No open forks." : r.forks().stream()
                .map(f -> "- fork `" + Safe.line(f.handle()) + "`: " + Safe.line(f.reason()) + " (from "
                        + Safe.line(f.spawnedFrom()) + ", returns to " + Safe.line(f.returnTo()) + ")")
                .collect(Collectors.joining("\n"));
        String out = graph.isEmpty() ? template.replace("{{mermaid}}\n\n", "") : template;
        Map<String, String> values = Map.of(
                "goal.title", Safe.line(r.goal().title()),
                "goal.id", Safe.line(r.goal().id()),
                "goal.status", r.goal().status(),
                "goal.why", r.goal().why() == null ? "" : Safe.line(r.goal().why()),
                "chain", TreeText.chain(r.chain()),
                "updated", updated == null ? "" : updated,
                "tree", String.join("\n", TreeText.lines(r.tree(), "- ")),
                "forks", forks,
                "mermaid", graph);
        // One pass over the template, so user text that looks like a placeholder is printed, not filled in.
        Matcher m = PLACEHOLDER.matcher(out);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(filled);
        return filled.toString().endsWith("\n") ? filled.toString() : filled + "\n";
    }

    /**
     * CONTEXT.md with the block replaced, or appended when the file has none. Markers that are not exactly one
     * begin followed by one end are refused: guessing where the block ends could delete what a person wrote.
     */
    public static String splice(String existing, String block) {
        String wrapped = BEGIN + "\n" + block + END;
        if (existing == null || existing.isEmpty()) {
            return "# Context\n\n" + wrapped + "\n";
        }
        int begins = count(existing, BEGIN);
        int ends = count(existing, END);
        if (begins == 0 && ends == 0) {
            return existing + (existing.endsWith("\n") ? "\n" : "\n\n") + wrapped + "\n";
        }
        int b = existing.indexOf(BEGIN);
        int e = existing.indexOf(END);
        if (begins != 1 || ends != 1 || e < b) {
            throw new WfException(ErrorKind.RULE, "wf's block markers are damaged (" + begins + " '" + BEGIN + "', "
                    + ends + " '" + END + "')", "CONTEXT.md",
                    "leave exactly one begin and one end marker around wf's block, or remove both to get a new block");
        }
        return existing.substring(0, b) + wrapped + existing.substring(e + END.length());
    }

    private static int count(String text, String marker) {
        int n = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length())) {
            n++;
        }
        return n;
    }

    /** The picture for {@code {{mermaid}}}: a fenced mermaid block, and a line saying so when it was abridged. */
    public static String mermaid(Abridge.Fit fit) {
        String fence = "```mermaid\n" + Export.render(Export.Format.MERMAID, fit.graph()) + "```";
        return !fit.abridged() ? fence : fence + "\n\n_Graph abridged (" + fit.how() + "): " + fit.drawn() + " of "
                + fit.total() + " nodes drawn; `wf export --format mermaid` draws them all._";
    }

    static List<String> placeholders() {
        return List.of("goal.title", "goal.id", "goal.status", "goal.why", "chain", "updated", "tree", "forks",
                "mermaid");
    }
}
