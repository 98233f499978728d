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
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: global options, and the factory every verb uses to open the workspace. */
@Command(name = "wf", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Keeps a project's multi-step build as an explicit, durable tree: goal, phases, tasks, forks.",
        footer = {"", "Exit codes: 0 ok, 1 storage or git failure, 2 invalid input or usage,",
                "3 a rule is violated, a check failed or the lock could not be had, 4 a bug."})
final class WfCommand implements Runnable {
    /**
     * The verbs, in the order help lists them. They are added by {@link Cli}: all of them, or only the one a
     * command line names, since building picocli's model of every verb is most of a short command's time.
     */
    static final List<Class<?>> VERBS = List.of(StartCommand.class, WhereCommand.class, NextCommand.class,
            ContextCommand.class, AddCommand.class, EditCommand.class, MoveCommand.class, RenameCommand.class,
            RemoveCommand.class, GotoCommand.class, DoneCommand.class, SkipCommand.class, BlockCommand.class,
            UnblockCommand.class, ForkCommand.class, ResumeCommand.class, AbandonCommand.class, FinishCommand.class,
            GraduateCommand.class, OperationCommand.class, RunCommand.class, TemplateCommand.class,
            CommitCommand.class, GitCommand.class, MergeFileCommand.class, SyncCommand.class, LogCommand.class,
            CheckCommand.class, ListCommand.class, ExportCommand.class, McpCommand.class, AgentCommand.class,
            CompletionCommand.class, HelpCommand.class);

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private final CliEnv env;

    WfCommand(CliEnv env) {
        this.env = env;
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
