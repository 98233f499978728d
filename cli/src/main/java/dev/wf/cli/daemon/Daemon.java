package dev.wf.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A resident wf that answers the launcher's commands over a loopback socket, one at a time, so that a command that
 * only reads needs no Java start. One connection per command, in version 1 of this exchange:
 * <ol>
 * <li>the daemon greets: {@code wf-daemon 1 SERVER-SECRET} and a newline;
 * <li>the client sends fields, each ended by a NUL byte: its secret, then {@code run}, {@code status} or
 * {@code stop}; for {@code run} the working folder, {@code 1} if stdin and stdout are a terminal else {@code 0}, a
 * count and that many {@code NAME=VALUE} environment entries, a count and that many arguments;
 * <li>the daemon answers {@code EXIT STATUS} and a newline. {@code ok} is followed by stderr, a NUL byte and stdout
 * to the end; {@code fallback} means the client runs the command itself (one the daemon does not take, or wf was
 * rebuilt since the daemon started).
 * </ol>
 * Both secrets are in a file only the owner can read ({@link Rendezvous}), so neither another user's client nor
 * another user's server that took the port can pass for the other side.
 */
public final class Daemon {
    /** A command to run, as the launcher saw it. */
    public record Call(Path cwd, boolean terminal, Map<String, String> env, List<String> args) {
    }

    /** What a command printed, and its exit code. */
    public record Reply(int exit, String out, String err) {
    }

    /** Runs a command in this process; empty for a command the daemon does not take. */
    public interface Runner {
        Optional<Reply> run(Call call);
    }

    private static final int MAX_REQUEST = 1 << 20;
    private static final int READ_TIMEOUT_MS = 5_000;
    private static final long TICK_MS = 30_000;

    private final ServerSocket server;
    private final Rendezvous rendezvous;
    private final Path file;
    private final BooleanSupplier rebuilt;
    private final Duration idle;
    private final Runner runner;
    private final long started = System.currentTimeMillis();
    private long served;

    private Daemon(ServerSocket server, Rendezvous rendezvous, Path file, BooleanSupplier rebuilt, Duration idle,
            Runner runner) {
        this.server = server;
        this.rendezvous = rendezvous;
        this.file = file;
        this.rebuilt = rebuilt;
        this.idle = idle;
        this.runner = runner;
    }

    /**
     * Listens on a free loopback port and writes {@code file} for clients. {@code rebuilt} tells when the jar this
     * daemon runs has changed: it then answers nothing more and ends.
     */
    public static Daemon open(Path file, BooleanSupplier rebuilt, Duration idle, Runner runner) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try {
            Rendezvous r = Rendezvous.fresh(server.getLocalPort());
            r.write(file);
            return new Daemon(server, r, file, rebuilt, idle, runner);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public Rendezvous rendezvous() {
        return rendezvous;
    }

    /** Answers until told to stop, idle for the time given, or wf is rebuilt; then removes the file. */
    public void serve() throws IOException {
        try (server) {
            server.setSoTimeout((int) Math.min(TICK_MS, Math.max(1, idle.toMillis())));
            long last = System.nanoTime();
            while (true) {
                Socket s;
                try {
                    s = server.accept();
                } catch (SocketTimeoutException tick) {
                    if (rebuilt.getAsBoolean() || System.nanoTime() - last >= idle.toNanos()) {
                        return;
                    }
                    continue;
                }
                if (!answer(s)) {
                    return;
                }
                last = System.nanoTime();
            }
        } finally {
            rendezvous.removeIfOurs(file);
        }
    }

    /** Answers one connection; false when the daemon is to end. A connection that fails is dropped. */
    private boolean answer(Socket socket) {
        try (socket) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            out.write((rendezvous.greeting() + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Fields in = new Fields(new BufferedInputStream(socket.getInputStream()));
            if (!MessageDigest.isEqual(in.next().getBytes(StandardCharsets.UTF_8),
                    rendezvous.clientSecret().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
            String kind = in.next();
            switch (kind) {
                case "stop" -> {
                    reply(out, new Reply(0, "", ""));
                    return false;
                }
                case "status" -> {
                    reply(out, new Reply(0, ProcessHandle.current().pid() + " " + served + " " + started + "\n", ""));
                    return true;
                }
                case "run" -> {
                    Call call = call(in);
                    if (rebuilt.getAsBoolean()) {
                        fallback(out);
                        return false;
                    }
                    Optional<Reply> r;
                    try {
                        r = runner.run(call);
                    } catch (RuntimeException | StackOverflowError bug) {
                        r = Optional.empty(); // run by the client instead, where --stacktrace can show it
                    }
                    if (r.isEmpty()) {
                        fallback(out);
                    } else {
                        served++;
                        reply(out, r.get());
                    }
                    return true;
                }
                default -> {
                    fallback(out);
                    return true;
                }
            }
        } catch (IOException | RuntimeException dropped) {
            return true;
        }
    }

    private static Call call(Fields in) throws IOException {
        Path cwd = Path.of(in.next()).toRealPath(); // as the JVM's own working folder: no symbolic links
        boolean terminal = in.next().equals("1");
        int vars = in.count();
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < vars; i++) {
            String entry = in.next();
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        int count = in.count();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(in.next());
        }
        return new Call(cwd, terminal, env, args);
    }

    private static void reply(OutputStream out, Reply r) throws IOException {
        out.write((r.exit() + " ok\n").getBytes(StandardCharsets.US_ASCII));
        out.write(r.err().replace("\0", "").getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.write(r.out().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void fallback(OutputStream out) throws IOException {
        out.write("0 fallback\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** NUL-ended UTF-8 fields, at most {@link #MAX_REQUEST} bytes in all. */
    private static final class Fields {
        private final InputStream in;
        private int read;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int c = in.read(); c != 0; c = in.read()) {
                if (c < 0 || ++read > MAX_REQUEST) {
                    throw new IOException("request cut short or too long");
                }
                b.write(c);
            }
            return b.toString(StandardCharsets.UTF_8);
        }

        int count() throws IOException {
            int n = Integer.parseInt(next());
            if (n < 0 || n > 10_000) {
                throw new IOException("count out of range: " + n);
            }
            return n;
        }
    }
}
