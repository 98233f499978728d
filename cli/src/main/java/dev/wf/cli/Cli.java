package dev.wf.cli;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the command line and maps every failure to one line on stderr and an exit code: wf's own errors by kind,
 * usage errors as 2, anything else as a bug (4). A stack trace only with --stacktrace.
 */
final class Cli {
    private Cli() {
    }

    /** The whole command line, every verb in it. */
    static CommandLine create(CliEnv env, PrintWriter out, PrintWriter err) {
        return create(env, out, err, WfCommand.VERBS);
    }

    /**
     * The command line for these arguments: with only the verb they name when they name one, so that picocli
     * models one verb instead of all of them; with every verb for help, completion, a mistyped verb, or none.
     */
    static CommandLine create(CliEnv env, PrintWriter out, PrintWriter err, String... args) {
        String verb = verb(args);
        List<WfCommand.Entry> only = WfCommand.VERBS.stream().filter(e -> e.name().equals(verb)).toList();
        return create(env, out, err, only.isEmpty() || verb.equals("completion") ? WfCommand.VERBS : only);
    }

    private static CommandLine create(CliEnv env, PrintWriter out, PrintWriter err, List<WfCommand.Entry> verbs) {
        WfCommand top = new WfCommand(env);
        CommandLine cl = new CommandLine(top.spec);
        for (WfCommand.Entry v : verbs) {
            cl.addSubcommand(v.name(), v.verb().get().declared(v.name()));
        }
        if (verbs.size() > 1) {
            cl.addSubcommand("help", new HelpCommand()); // picocli's, from its annotations: only for help's sake
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // "@notes.txt" is a title, never the contents of a file
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine, top));
        cl.setExecutionStrategy(parseResult -> JsonHelp.execute(parseResult, top));
        return cl;
    }

    static int run(CliEnv env, PrintWriter out, PrintWriter err, String... args) {
        return runner(create(env, out, err, args), out, err).run(args);
    }

    /** Runs wf's command line, once or many times over (wf mcp), flushing what each run printed. */
    interface Runner {
        int run(String... args);
    }

    static Runner runner(CliEnv env, PrintWriter out, PrintWriter err) {
        return runner(create(env, out, err), out, err);
    }

    private static Runner runner(CommandLine cl, PrintWriter out, PrintWriter err) {
        return args -> {
            try {
                return cl.execute(args);
            } finally {
                out.flush();
                err.flush();
            }
        };
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (java.util.Arrays.asList(args).contains("--json")) { // parsing failed, so the option is read by hand
            cl.getOut().println(JsonViews.write(JsonViews.map("error", JsonViews.map("kind", "usage", "message",
                    ex.getMessage(), "location", null, "hint", "see '" + cl.getCommandSpec().qualifiedName()
                    + " --help'"))));
        }
        err.println("wf: " + dev.wf.core.render.Safe.line(ex.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("wf: see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        }
        return ExitCodes.USAGE;
    }

    private static int failure(Exception ex, CommandLine cl, WfCommand top) {
        WfException wf = ex instanceof WfException w ? w
                : new WfException(ErrorKind.INTERNAL, "internal error: " + ex, null,
                        "please report it with the output of --stacktrace", ex);
        if (top.global.json) {
            cl.getOut().println(JsonViews.write(JsonViews.error(wf)));
        }
        cl.getErr().println("wf: " + dev.wf.core.render.Safe.line(wf.oneLine()));
        if (top.global.stacktrace) {
            ex.printStackTrace(cl.getErr());
        }
        return ExitCodes.of(wf.kind());
    }

    /** The verb the arguments name: the first word that is neither an option nor an option's value. */
    static String verb(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : "";
            }
            if (!a.startsWith("-")) {
                return a;
            }
            if (!a.contains("=") && (a.equals("-C") || a.equals("--actor") || a.equals("--wait"))) {
                i++; // the global options that take a value
            }
        }
        return "";
    }
}
