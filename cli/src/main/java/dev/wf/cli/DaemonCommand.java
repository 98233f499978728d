package dev.wf.cli;

import dev.wf.cli.daemon.Daemon;
import dev.wf.cli.daemon.DaemonClient;
import dev.wf.cli.daemon.Rendezvous;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

final class DaemonCommand extends CommandGroup {
    /** The verbs the daemon answers: those that only read, and never ask or wait on the terminal. */
    static final Set<String> READS = Set.of("where", "next", "list", "context", "log", "check");

    @Override
    Args declare() {
        return Args.command(this,
                "A resident wf that answers where, next, list, context, log and check without starting Java.",
                "Once it runs, the wf launcher asks it first and runs every other command (and check --fix, log"
                        + " --follow) itself. It listens on a loopback port, behind two secrets in a file only you"
                        + " can read, and stops after --idle minutes without a command, or when wf is rebuilt.")
                .subcommand("start", new Start())
                .subcommand("stop", new Stop())
                .subcommand("status", new Status())
                .subcommand("serve", new Serve());
    }

    /**
     * What must be the same for the client as for the daemon, since the JVM reads it at its start: the locale (file
     * names, arguments and numbers are read and written by it), the time zone, wf's own JVM options.
     */
    static final List<String> SAME_AS_DAEMON = List.of("LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC",
            "LC_TIME", "TZ", "WF_JAVA_OPTS");

    /** Runs one command for the daemon, as the launcher would have run it; empty for one the daemon leaves alone. */
    static Optional<Daemon.Reply> run(Daemon.Call c) {
        String[] args = c.args().toArray(String[]::new);
        if (!READS.contains(Cli.verb(args)) || c.args().stream().anyMatch(DaemonCommand::writesOrWaits)
                || !sameJvm(c)) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv env = new CliEnv(c.env(), c.cwd(), new BufferedReader(new StringReader("")), c.terminal());
        int exit = Cli.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return Optional.of(new Daemon.Reply(exit, out.toString(), err.toString()));
    }

    /** Whether a JVM of the client's own would be this one: the same java, started with the same settings. */
    private static boolean sameJvm(Daemon.Call c) {
        try {
            if (!c.java().toRealPath().equals(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath())) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return SAME_AS_DAEMON.stream().allMatch(n -> Objects.equals(blankless(c.env().get(n)),
                blankless(System.getenv(n))));
    }

    private static String blankless(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    /** check --fix writes and log --follow never ends; a short option cluster with an f may be either. */
    private static boolean writesOrWaits(String arg) {
        return arg.startsWith("--fix") || arg.startsWith("--follow") || arg.startsWith("-") && !arg.startsWith("--")
                && arg.indexOf('f') > 0;
    }

    /** The jar this wf runs from, if it runs from one (as the launcher runs it). */
    private static Optional<Path> jar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? Optional.of(p)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path jarOrRefuse() {
        return jar().orElseThrow(() -> WfException.invalid("wf daemon runs only from wf's jar",
                "start it with the wf launcher: wf daemon start"));
    }

    /** Where the daemon of this jar says where it listens; none when wf does not run from a jar. */
    private static Optional<Rendezvous> rendezvous() {
        return jar().flatMap(j -> Rendezvous.read(j.resolveSibling(Rendezvous.FILE)));
    }

    /** The running daemon's pid, commands answered and start time (epoch ms), if one answers. */
    static Optional<long[]> status() {
        return rendezvous().flatMap(r -> DaemonClient.ask(r, List.of("status")))
                .filter(a -> !a.fallback()).map(a -> java.util.Arrays.stream(a.out().strip().split(" "))
                        .mapToLong(Long::parseLong).toArray());
    }

    static final class Start extends Verb {
        private int idle = 120;

        @Override
        Args declare() {
            return Args.command(this, "Starts the daemon in the background, unless one runs.")
                    .option("--idle", "MINUTES", int.class, 120, "Stop after this many minutes without a command.",
                            v -> idle = v);
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (idle < 1) {
                throw WfException.invalid("--idle " + idle + " is not a positive number of minutes", "use e.g. 120");
            }
            Printer p = printer();
            Optional<long[]> running = status();
            if (running.isPresent()) {
                return say(p, "already running (pid " + running.get()[0] + ")", "started", false, running.get()[0]);
            }
            Path jar = jarOrRefuse();
            Path log = jar.resolveSibling("wf-daemon.log");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.addAll(List.of("-cp", jar.toString(), Main.class.getName(), "daemon", "serve", "--idle",
                    String.valueOf(idle)));
            Process child = new ProcessBuilder(cmd).directory(jar.getParent().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            child.getOutputStream().close();
            for (int i = 0; i < 200 && child.isAlive(); i++) {
                Optional<long[]> up = status();
                if (up.isPresent() && up.get()[0] == child.pid()) {
                    return say(p, "started (pid " + child.pid() + "); the launcher asks it for " + String.join(", ",
                            READS.stream().sorted().toList()) + "; it stops after " + idle + " minutes without a"
                            + " command, or with wf daemon stop", "started", true, child.pid());
                }
                Thread.sleep(100);
            }
            child.destroy();
            throw new WfException(ErrorKind.STORAGE, "the daemon did not start" + (child.isAlive() ? " in 20 s"
                    : " (exit " + child.exitValue() + ")"), log.toString(), "see the log named here", null);
        }
    }

    static final class Stop extends Verb {
        @Override
        Args declare() {
            return Args.command(this, "Stops the daemon, if one runs.");
        }

        @Override
        public Integer call() throws InterruptedException {
            Printer p = printer();
            Optional<Rendezvous> r = rendezvous();
            Optional<long[]> running = status();
            if (r.isEmpty() || running.isEmpty()) {
                return say(p, "not running", "stopped", false, null);
            }
            DaemonClient.ask(r.get(), List.of("stop"));
            for (int i = 0; i < 50 && ProcessHandle.of(running.get()[0]).map(ProcessHandle::isAlive).orElse(false);
                    i++) {
                Thread.sleep(100);
            }
            return say(p, "stopped (pid " + running.get()[0] + ")", "stopped", true, running.get()[0]);
        }
    }

    static final class Status extends Verb {
        @Override
        Args declare() {
            return Args.command(this, "Says whether the daemon runs, since when, and how many commands it answered;"
                    + " exit 3 when none runs.");
        }

        @Override
        public Integer call() {
            Printer p = printer();
            Optional<long[]> s = status();
            if (p.json) {
                p.out.println(JsonViews.write(s.isEmpty() ? JsonViews.map("running", false, "pid", null)
                        : JsonViews.map("running", true, "pid", s.get()[0], "answered", s.get()[1], "since",
                                java.time.Instant.ofEpochMilli(s.get()[2]).toString())));
            } else {
                p.line("wf daemon: " + s.map(v -> "running (pid " + v[0] + ") since "
                        + java.time.Instant.ofEpochMilli(v[2]) + ", commands answered: " + v[1])
                        .orElse("not running"));
            }
            return s.isPresent() ? ExitCodes.OK : ExitCodes.RULE;
        }
    }

    static final class Serve extends Verb {
        private int idle = 120;

        @Override
        Args declare() {
            return Args.command(this, "Runs the daemon in the foreground (wf daemon start runs this).").unlisted()
                    .option("--idle", "MINUTES", int.class, 120, "Stop after this many minutes without a command.",
                            v -> idle = v);
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path jar = jarOrRefuse();
            Object stamp = stamp(jar);
            Daemon.open(jar.resolveSibling(Rendezvous.FILE), () -> !Objects.equals(stamp, stamp(jar)),
                    Duration.ofMinutes(Math.max(1, idle)), DaemonCommand::run).serve();
            return ExitCodes.OK;
        }

        /** The jar's size, time and file key: any rebuild changes one. */
        private static Object stamp(Path jar) {
            try {
                BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
                return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    /** One line of text, or {@code {"KEY": done, "pid": pid}} under --json. */
    private static int say(Printer p, String what, String key, boolean done, Long pid) {
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.map(key, done, "pid", pid)));
        } else {
            p.line("wf daemon: " + what);
        }
        return ExitCodes.OK;
    }
}
