package dev.wf.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Help and version under --json: {@code --help}, {@code -V/--version} and {@code wf help [COMMAND]} print one JSON
 * document with the same text picocli would print (plain, without colour); everything else runs as usual.
 */
final class JsonHelp {
    private JsonHelp() {
    }

    static int execute(ParseResult parsed, WfCommand top) {
        Map<String, Object> view;
        try {
            view = top.global.json ? requested(parsed) : null;
        } catch (ParameterException usage) {
            throw usage;
        } catch (RuntimeException bug) { // picocli lets anything else escape an execution strategy
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), bug.toString(), bug);
        }
        if (view == null) {
            return new CommandLine.RunLast().execute(parsed);
        }
        parsed.commandSpec().commandLine().getOut().println(JsonViews.write(view));
        return ExitCodes.OK;
    }

    /** In picocli's order: the first command in the chain that asks for help or the version wins. */
    private static Map<String, Object> requested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested()) {
                return help(p.commandSpec().commandLine());
            }
            if (p.isVersionHelpRequested()) {
                return version();
            }
            if (p.commandSpec().userObject() instanceof HelpCommand) {
                return help(target(p));
            }
        }
        return null;
    }

    /** The command {@code wf help NAME} is about: like picocli's help command, the one name it takes. */
    private static CommandLine target(ParseResult help) {
        CommandLine parent = help.commandSpec().parent().commandLine();
        Object name = help.matchedPositionalValue(0, null);
        if (name == null) {
            return parent;
        }
        CommandLine named = parent.getSubcommands().get(name.toString());
        if (named == null) {
            throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name.toString());
        }
        return named;
    }

    static Map<String, Object> help(CommandLine command) {
        return JsonViews.map("command", command.getCommandSpec().qualifiedName(), "usage",
                command.getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    static Map<String, Object> version() {
        return JsonViews.map("version", Version.number(), "java", System.getProperty("java.version"));
    }
}
