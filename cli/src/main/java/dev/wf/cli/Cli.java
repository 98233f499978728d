package dev.wf.cli;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the command line and maps every failure to one line on stderr and an exit code: wf's own errors by kind,
 * usage errors as 2, anything else as a bug (4). A stack trace only with --stacktrace.
 */
final class Cli {
    private Cli() {
    }

    static CommandLine create(CliEnv env, PrintWriter out, PrintWriter err) {
        WfCommand top = new WfCommand(env);
        CommandLine cl = new CommandLine(top, new Factory(top));
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
        return runner(env, out, err).run(args);
    }

    /** Runs wf's command line, once or many times over (wf mcp), flushing what each run printed. */
    interface Runner {
        int run(String... args);
    }

    static Runner runner(CliEnv env, PrintWriter out, PrintWriter err) {
        CommandLine cl = create(env, out, err);
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

    /** Creates the top command with its environment; everything else the default way. */
    private record Factory(WfCommand top) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == WfCommand.class) {
                return cls.cast(top);
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
