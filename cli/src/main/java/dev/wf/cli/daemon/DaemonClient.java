package dev.wf.cli.daemon;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The client side of {@link Daemon}'s exchange, as the launcher speaks it in bash: for stop, status and tests. */
public final class DaemonClient {
    /** The daemon's answer: {@code fallback} when the client is to run the command itself. */
    public record Answer(int exit, boolean fallback, String err, String out) {
    }

    private DaemonClient() {
    }

    /**
     * Sends the secret and {@code fields}; empty when no daemon answers there, or one that does not know the server
     * secret.
     */
    public static Optional<Answer> ask(Rendezvous r, List<String> fields) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), r.port()), 2_000);
            s.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write(field(r.clientSecret()));
            out.flush();
            if (!line(in).equals(r.greeting())) {
                return Optional.empty();
            }
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            for (String f : fields) {
                request.write(field(f));
            }
            out.write(request.toByteArray());
            out.flush();
            String[] head = line(in).split(" ");
            if (head.length >= 2 && head[1].equals("fallback")) {
                return Optional.of(new Answer(0, true, "", ""));
            }
            if (head.length != 3 || !head[1].equals("ok")) {
                return Optional.empty();
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            for (int c = in.read(); c != 0; c = in.read()) {
                if (c < 0) {
                    return Optional.empty();
                }
                err.write(c);
            }
            byte[] stdout = in.readAllBytes();
            if (stdout.length != Integer.parseInt(head[2])) {
                return Optional.empty(); // cut short
            }
            return Optional.of(new Answer(Integer.parseInt(head[0]), false, err.toString(StandardCharsets.UTF_8),
                    new String(stdout, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] field(String f) {
        return (f + "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || b.size() > 4096) {
                throw new IOException("no line");
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
