package dev.wf.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A resident wf that answers the launcher's commands over a loopback socket, so that a command that only reads needs
 * no Java start. One connection per command, in version 1 of this exchange, each field ended by a NUL byte:
 * <ol>
 * <li>the client sends its secret; a client without it gets nothing more;
 * <li>the daemon answers {@code wf-daemon 1 SERVER-SECRET} and a newline: a server that took the port of a daemon
 * that died cannot say it, and the client sends nothing more to it;
 * <li>the client sends {@code run}, {@code status} or {@code stop}; for {@code run} the working folder, {@code 1} if
 * stdin and stdout are a terminal else {@code 0}, the java it would run, a count and that many {@code NAME=VALUE}
 * environment entries, a count and that many arguments;
 * <li>the daemon answers {@code EXIT ok LENGTH} and a newline, then stderr, a NUL byte and stdout ({@code LENGTH}
 * bytes, so that an answer cut short is known); or {@code 0 fallback}: the client runs the command itself (one the
 * daemon does not take, or wf was rebuilt since the daemon started).
 * </ol>
 * Both secrets are in a file only the owner can read ({@link Rendezvous}). Each connection has a thread of its own,
 * so a slow or silent client holds up no one; the commands themselves run one at a time, on one thread.
 */
public final class Daemon {
    /** A command to run, as the launcher saw it. */
    public record Call(Path cwd, boolean terminal, Path java, Map<String, String> env, List<String> args) {
    }

    /** What a command printed, and its exit code. */
    public record Reply(int exit, String out, String err) {
    }

    /** Runs a command in this process; empty for a command the daemon does not take. */
    public interface Runner {
        Optional<Reply> run(Call call);
    }

    private static final int MAX_REQUEST = 1 << 20;
    /** How long a client has to send its whole request: it sends it at once. */
    private static final long REQUEST_MS = 3_000;
    private static final long TICK_MS = 30_000;
    private static final int CONNECTIONS = 64;

    private final ServerSocket server;
    private final Rendezvous rendezvous;
    private final Path file;
    private final BooleanSupplier rebuilt;
    private final Duration idle;
    private final Runner runner;
    private final ExecutorService commands = Executors.newSingleThreadExecutor(r -> thread(r, "wf-daemon-command"));
    private final Semaphore connections = new Semaphore(CONNECTIONS);
    private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
    private final AtomicLong answered = new AtomicLong();
    private final long started = System.currentTimeMillis();
    private volatile boolean ending;

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

    /**
     * Answers until told to stop, idle for the time given (only a client that knows the secret counts), or wf is
     * rebuilt; then lets the command at work finish and removes the file.
     */
    public void serve() throws IOException, InterruptedException {
        try (server) {
            server.setSoTimeout((int) Math.min(TICK_MS, Math.max(1, idle.toMillis())));
            while (!ending) {
                Socket s;
                try {
                    s = server.accept();
                } catch (SocketTimeoutException tick) {
                    if (rebuilt.getAsBoolean() || System.nanoTime() - lastUsed.get() >= idle.toNanos()) {
                        ending = true;
                    }
                    continue;
                } catch (SocketException closed) {
                    break; // stop closed it
                }
                if (!connections.tryAcquire()) {
                    s.close(); // too many at once: that client runs its command in Java
                    continue;
                }
                thread(() -> {
                    try {
                        answer(s);
                    } finally {
                        connections.release();
                    }
                }, "wf-daemon-connection").start();
            }
        } finally {
            rendezvous.removeIfOurs(file);
            commands.shutdown();
            commands.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void end() {
        ending = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // the accept loop ends either way
        }
    }

    /** Answers one connection. One that fails, is too slow, or lacks the secret is dropped. */
    private void answer(Socket socket) {
        try (socket) {
            Fields in = new Fields(new BufferedInputStream(socket.getInputStream()), socket);
            if (!MessageDigest.isEqual(in.next().getBytes(StandardCharsets.UTF_8),
                    rendezvous.clientSecret().getBytes(StandardCharsets.UTF_8))) {
                return;
            }
            lastUsed.set(System.nanoTime());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            out.write((rendezvous.greeting() + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String kind = in.next();
            if (!kind.equals("stop") && rebuilt.getAsBoolean()) {
                fallback(out);
                end();
                return;
            }
            switch (kind) {
                case "stop" -> {
                    reply(out, new Reply(0, "", ""));
                    end();
                }
                case "status" -> reply(out, new Reply(0, ProcessHandle.current().pid() + " " + answered.get() + " "
                        + started + "\n", ""));
                case "run" -> {
                    Optional<Reply> r = run(call(in));
                    lastUsed.set(System.nanoTime());
                    if (r.isEmpty()) {
                        fallback(out);
                    } else {
                        answered.incrementAndGet();
                        reply(out, r.get());
                    }
                }
                default -> fallback(out);
            }
        } catch (IOException | RuntimeException | InterruptedException dropped) {
            // the client runs the command itself
        }
    }

    /** Runs the call on the command thread, one at a time; empty (run it in Java) for what the runner leaves. */
    private Optional<Reply> run(Call call) throws InterruptedException {
        Future<Optional<Reply>> r = commands.submit(() -> {
            try {
                return runner.run(call).filter(reply -> reply.out().indexOf('\0') < 0);
            } catch (RuntimeException | StackOverflowError bug) {
                return Optional.empty(); // run by the client instead, where --stacktrace can show it
            }
        });
        try {
            return r.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private static Call call(Fields in) throws IOException {
        Path cwd = Path.of(in.next()).toRealPath(); // as the JVM's own working folder: no symbolic links
        boolean terminal = in.next().equals("1");
        Path java = Path.of(in.next());
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
        return new Call(cwd, terminal, java, env, args);
    }

    private static void reply(OutputStream out, Reply r) throws IOException {
        byte[] stdout = r.out().getBytes(StandardCharsets.UTF_8);
        out.write((r.exit() + " ok " + stdout.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(r.err().replace("\0", "").getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.write(stdout);
        out.flush();
    }

    private static void fallback(OutputStream out) throws IOException {
        out.write("0 fallback\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** NUL-ended UTF-8 fields: at most {@link #MAX_REQUEST} bytes in all, all within {@link #REQUEST_MS}. */
    private static final class Fields {
        private final InputStream in;
        private final Socket socket;
        private final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REQUEST_MS);
        private int read;

        Fields(InputStream in, Socket socket) {
            this.in = in;
            this.socket = socket;
        }

        String next() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IOException("request too slow");
                }
                socket.setSoTimeout((int) left);
                int c = in.read();
                if (c == 0) {
                    return b.toString(StandardCharsets.UTF_8);
                }
                if (c < 0 || ++read > MAX_REQUEST) {
                    throw new IOException("request cut short or too long");
                }
                b.write(c);
            }
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
