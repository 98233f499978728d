package dev.wf.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code wf} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliEnv env = new CliEnv(System.getenv(), Path.of("").toAbsolutePath(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), terminal());
        int exit = Cli.run(env, out, err, args); // flushes out and err
        if (Boolean.getBoolean("wf.quickExit")) {
            // As the launcher asks: on JDK 21+ System.exit sets up logging to log the exit, about 7 ms of a command.
            // wf has no shutdown hooks, and everything it writes is on disk before its command returns.
            Runtime.getRuntime().halt(exit);
        }
        System.exit(exit);
    }

    /** A console that is a real terminal; on JDK 22+ System.console() exists even when piped, so ask it. */
    private static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
