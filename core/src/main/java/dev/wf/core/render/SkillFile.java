package dev.wf.core.render;

import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A SKILL.md made from a graduated sub-workflow: YAML front matter ({@code name}, {@code description},
 * {@code triggers}) and a body whose process is the sub-workflow's phases with their stage contracts.
 */
public final class SkillFile {
    private SkillFile() {
    }

    /** Triggers from the goal and phase titles: the phrases someone would use when the pattern comes round again. */
    public static List<String> triggers(Workflow sub, String reason) {
        Set<String> out = new LinkedHashSet<>();
        if (reason != null && !reason.isBlank()) {
            out.add(reason.strip().toLowerCase(Locale.ROOT));
        }
        if (!sub.goal().title().isBlank()) {
            out.add(sub.goal().title().strip().toLowerCase(Locale.ROOT));
        }
        sub.phases().stream().map(Node::title).filter(t -> !t.isBlank()).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .forEach(out::add);
        return new ArrayList<>(out);
    }

    public static String render(String name, List<String> triggers, Workflow sub, String origin, String date) {
        String title = sub.goal().title().isBlank() ? name : sub.goal().title().strip();
        String description = title + (sub.goal().why() == null ? "" : ". " + sub.goal().why().strip());
        StringBuilder out = new StringBuilder("---\n");
        out.append("name: ").append(quote(name)).append('\n');
        out.append("description: ").append(quote(description)).append('\n');
        out.append("triggers:\n");
        triggers.forEach(t -> out.append("  - ").append(quote(t)).append('\n'));
        out.append("---\n\n# ").append(line(title)).append("\n\n");
        if (sub.goal().why() != null) {
            out.append(sub.goal().why().strip()).append("\n\n");
        }
        out.append("Graduated on ").append(date).append(" from the sub-workflow of ").append(line(origin));
        out.append(sub.goal().output() == null ? ".\n" : "; it delivers: " + line(sub.goal().output()) + ".\n");
        out.append("\n## Process\n");
        int i = 0;
        for (Node p : sub.phases()) {
            List<String> parts = new ArrayList<>();
            parts.add("### " + (++i) + ". " + line(p.title().isBlank() ? p.id() : p.title()));
            if (p.process() != null) {
                parts.add(p.process().strip());
            }
            if (!p.tasks().isEmpty()) {
                parts.add(String.join("\n", p.tasks().stream().map(t -> "- " + line(t.title().isBlank() ? t.id()
                        : t.title())).toList()));
            }
            if (!p.inputs().isEmpty()) {
                parts.add("Reads:\n" + String.join("\n", p.inputs().stream().map(in -> "- " + in.source().yaml()
                        + " `" + in.file() + "`" + (in.section() == null || in.section().equals(Input.FULL_FILE) ? ""
                        : ", section \"" + line(in.section()) + "\"") + (in.why() == null ? "" : ": " + line(in.why())))
                        .toList()));
            }
            if (!p.outputs().isEmpty()) {
                parts.add("Writes:\n" + String.join("\n", p.outputs().stream().map(o -> "- " + line(o.artifact())
                        + (o.location() == null ? "" : " → `" + o.location() + "`")
                        + (o.format() == null ? "" : " (" + o.format() + ")")).toList()));
            }
            out.append('\n').append(String.join("\n\n", parts)).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** A YAML double-quoted scalar: valid whatever the text holds. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff || c == 0xfffe || c == 0xffff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String line(String s) {
        return s.replace('\n', ' ').strip();
    }
}
