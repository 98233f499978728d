package dev.wf.cli;

import dev.wf.core.Settings;
import dev.wf.core.Workspace;
import dev.wf.core.error.WfException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: global options, and the factory every verb uses to open the workspace. */
final class WfCommand implements Runnable {
    /** A verb's name, and how to make it. */
    record Entry(String name, Supplier<Verb> verb) {
    }

    /**
     * The verbs, in the order help lists them (then picocli's help). They are added by {@link Cli}: all of them, or
     * only the one a command line names.
     */
    static final List<Entry> VERBS = List.of(new Entry("start", StartCommand::new),
            new Entry("where", WhereCommand::new), new Entry("next", NextCommand::new),
            new Entry("context", ContextCommand::new), new Entry("add", AddCommand::new),
            new Entry("edit", EditCommand::new), new Entry("move", MoveCommand::new),
            new Entry("rename", RenameCommand::new), new Entry("remove", RemoveCommand::new),
            new Entry("goto", GotoCommand::new), new Entry("done", DoneCommand::new),
            new Entry("skip", SkipCommand::new), new Entry("block", BlockCommand::new),
            new Entry("unblock", UnblockCommand::new), new Entry("fork", ForkCommand::new),
            new Entry("resume", ResumeCommand::new), new Entry("abandon", AbandonCommand::new),
            new Entry("finish", FinishCommand::new), new Entry("graduate", GraduateCommand::new),
            new Entry("operation", OperationCommand::new), new Entry("run", RunCommand::new),
            new Entry("template", TemplateCommand::new), new Entry("commit", CommitCommand::new),
            new Entry("git", GitCommand::new), new Entry("merge-file", MergeFileCommand::new),
            new Entry("sync", SyncCommand::new), new Entry("log", LogCommand::new),
            new Entry("check", CheckCommand::new), new Entry("list", ListCommand::new),
            new Entry("export", ExportCommand::new), new Entry("mcp", McpCommand::new),
            new Entry("daemon", DaemonCommand::new),
            new Entry("agent", AgentCommand::new), new Entry("completion", CompletionCommand::new));

    final GlobalOptions global = new GlobalOptions();
    final CommandSpec spec;
    private final CliEnv env;

    WfCommand(CliEnv env) {
        this.env = env;
        spec = global.addTo(Args.command(this,
                        "Keeps a project's multi-step build as an explicit, durable tree: goal, phases, tasks, forks.")
                .footer("", "Exit codes: 0 ok, 1 storage or git failure, 2 invalid input or usage,",
                        "3 a rule is violated, a check failed or the lock could not be had, 4 a bug."))
                .spec().name("wf").versionProvider(new Version());
    }

    CliEnv env() {
        return env;
    }

    @Override
    public void run() {
        if (global.json) {
            spec.commandLine().getOut().println(JsonViews.write(JsonHelp.help(spec.commandLine())));
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The project's workspace for a verb named {@code command}. */
    Workspace workspace(String command) {
        Path dir = global.dir == null ? env.cwd() : env.cwd().resolve(global.dir);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw WfException.invalid("-C " + global.dir + ": no such folder", "name an existing folder");
        }
        if (global.waitSeconds < 0) {
            throw WfException.invalid("--wait " + global.waitSeconds + " is negative", "give the seconds to wait, 0 or more");
        }
        Settings settings = Settings.builder()
                .clock(clock())
                .actor(global.actor != null ? global.actor : env.var("WF_ACTOR"))
                .session(env.var("WF_SESSION"))
                .lockWait(Duration.ofSeconds(global.waitSeconds))
                .stuckDays(stuckDays())
                .env(env.vars())
                .command(command)
                .build();
        boolean exact = "wf start".equals(command) && global.dir != null; // wf -C DIR start: DIR, even in a project
        return exact ? Workspace.at(dir, settings) : Workspace.open(dir, settings);
    }

    Printer printer(CommandSpec verb) {
        boolean color = !global.noColor && env.terminal() && env.var("NO_COLOR") == null
                && !"dumb".equals(env.var("TERM"));
        return new Printer(verb.commandLine().getOut(), verb.commandLine().getErr(), color, global.quiet,
                global.json);
    }

    private Clock clock() {
        String now = env.var("WF_NOW");
        if (now == null) {
            return Clock.systemUTC();
        }
        try {
            Instant at = now.length() == 10 ? LocalDate.parse(now).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(now);
            return Clock.fixed(at, ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw WfException.invalid("WF_NOW '" + now + "' is not an ISO-8601 instant",
                    "use a form like 2026-11-22T10:00:00Z");
        }
    }

    private int stuckDays() {
        String days = env.var("WF_STUCK_DAYS");
        try {
            return days == null ? 14 : Integer.parseInt(days);
        } catch (NumberFormatException e) {
            throw WfException.invalid("WF_STUCK_DAYS '" + days + "' is not a whole number", "use e.g. 14");
        }
    }
}
