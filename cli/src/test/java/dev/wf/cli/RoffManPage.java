package dev.wf.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One command's man page in roff (man(7) macros), from the command model picocli's AsciiDoc pages come from, so
 * {@code man} reads it without an AsciiDoc toolchain at build time.
 */
final class RoffManPage {
    private final CommandSpec spec;
    private final String version;
    private final StringBuilder page = new StringBuilder();

    private RoffManPage(CommandSpec spec, String version) {
        this.spec = spec;
        this.version = version;
    }

    /** The page's file name: wf-template-list.1 for wf template list. */
    static String fileName(CommandSpec spec) {
        return spec.qualifiedName("-") + ".1";
    }

    static String render(CommandSpec spec, String version) {
        return new RoffManPage(spec, version).render();
    }

    /** This command and every visible subcommand below it, each once (aliases share a CommandLine). */
    static List<CommandSpec> tree(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : visibleSubcommands(root)) {
            all.addAll(tree(sub.getCommandSpec()));
        }
        return all;
    }

    private String render() {
        String name = spec.qualifiedName("-");
        page.append(".TH \"").append(quoted(name.toUpperCase(Locale.ROOT))).append("\" \"1\" \"\" \"")
                .append(quoted(version)).append("\" \"wf manual\"\n");
        section("NAME");
        text(name + " - " + first(spec.usageMessage().description()));
        section("SYNOPSIS");
        preformatted(new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).stripTrailing());
        section("DESCRIPTION");
        text(String.join(" ", spec.usageMessage().description()));
        arguments("ARGUMENTS", spec.positionalParameters().stream().filter(p -> !p.hidden()).toList());
        arguments("OPTIONS", spec.options().stream().filter(o -> !o.hidden())
                .sorted((a, b) -> key(a).compareTo(key(b))).toList());
        commands();
        footer();
        seeAlso();
        return page.toString();
    }

    private void arguments(String heading, List<? extends ArgSpec> args) {
        if (args.isEmpty()) {
            return;
        }
        section(heading);
        for (ArgSpec a : args) {
            page.append(".TP\n").append(label(a)).append('\n');
            text(String.join(" ", a.description()));
        }
    }

    private void commands() {
        Set<CommandLine> subs = visibleSubcommands(spec);
        if (subs.isEmpty()) {
            return;
        }
        section("COMMANDS");
        for (CommandLine sub : subs) {
            page.append(".TP\n\\fB").append(escape(sub.getCommandName())).append("\\fR\n");
            text(first(sub.getCommandSpec().usageMessage().description()));
        }
    }

    private void footer() {
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().footer()));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (!lines.isEmpty()) {
            section("NOTES");
            preformatted(String.join("\n", lines));
        }
    }

    private void seeAlso() {
        List<String> refs = new ArrayList<>();
        if (spec.parent() != null) {
            refs.add(spec.parent().qualifiedName("-"));
        }
        visibleSubcommands(spec).forEach(sub -> refs.add(sub.getCommandSpec().qualifiedName("-")));
        if (refs.isEmpty()) {
            return;
        }
        section("SEE ALSO");
        page.append(String.join(",\n", refs.stream().map(r -> "\\fB" + escape(r) + "\\fR(1)").toList()))
                .append('\n');
    }

    private void section(String heading) {
        page.append(".SH \"").append(heading).append("\"\n");
    }

    private void text(String text) {
        page.append(escapeLines(text)).append('\n');
    }

    private void preformatted(String text) {
        page.append(".nf\n").append(escapeLines(text)).append("\n.fi\n");
    }

    private static String label(ArgSpec a) {
        if (a instanceof PositionalParamSpec p) {
            return "\\fI" + escape(p.paramLabel()) + "\\fR";
        }
        OptionSpec o = (OptionSpec) a;
        String names = String.join(", ", List.of(o.names()).stream().map(n -> "\\fB" + escape(n) + "\\fR").toList());
        return o.arity().max() == 0 ? names : names + "=\\fI" + escape(o.paramLabel()) + "\\fR";
    }

    private static String key(OptionSpec o) {
        return o.shortestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<CommandLine> visibleSubcommands(CommandSpec spec) {
        Set<CommandLine> subs = new LinkedHashSet<>();
        spec.subcommands().values().stream().filter(c -> !c.getCommandSpec().usageMessage().hidden())
                .forEach(subs::add);
        return subs;
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    /**
     * Backslashes, minus signs and non-ASCII characters escaped (so no man needs to guess the encoding); a line that
     * would start with a control character is guarded.
     */
    static String escapeLines(String text) {
        return String.join("\n", text.lines().map(l -> {
            String e = escape(l);
            return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
        }).toList());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> b.append("\\e");
                case '-' -> b.append("\\-");
                default -> b.append(c < 128 ? Character.toString(c) : String.format(Locale.ROOT, "\\[u%04X]", c));
            }
        });
        return b.toString();
    }

    private static String quoted(String s) {
        return escape(s).replace("\"", "\\(dq");
    }
}
