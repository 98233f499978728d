package dev.wf.cli.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Stands between the MCP SDK's stdio transport and the real stdin and stdout, for two things the SDK does not do.
 * <ul>
 * <li>When stdin closes, the SDK stops writing at once and drops replies still being worked on. Here the end of
 * input is held back until every request read has been answered and flushed.</li>
 * <li>A line the SDK cannot take (not JSON, a batch, no {@code "jsonrpc":"2.0"}, an id that is not a string or
 * a whole number) ends the SDK's reading for good, and the server would hang. Here it is answered with a JSON-RPC
 * error and not passed on.</li>
 * <li>The SDK drops a request that comes before {@code initialize} without a word. Here it is answered with an
 * error.</li>
 * </ul>
 */
final class StdioGuard {
    private static final JsonFactory JSON = new JsonFactory();

    private final InputStream in;
    private final OutputStream out;
    private final Duration drain;
    private final Set<String> inFlight = new HashSet<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean initializing;

    StdioGuard(InputStream in, OutputStream out, Duration drain) {
        this.in = in;
        this.out = out;
        this.drain = drain;
    }

    /** What the SDK reads: stdin's lines, with the end held back until nothing is in flight. */
    InputStream input() {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos == line.length && !next()) {
                    return -1;
                }
                return line[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (pos == line.length && !next()) {
                    return -1;
                }
                int n = Math.min(len, line.length - pos);
                System.arraycopy(line, pos, b, off, n);
                pos += n;
                return n;
            }

            private boolean next() throws IOException {
                while (true) {
                    byte[] l = readLine();
                    if (l == null) {
                        awaitReplies();
                        ended.countDown();
                        return false;
                    }
                    if (admit(l)) {
                        line = l;
                        pos = 0;
                        return true;
                    }
                }
            }
        };
    }

    /** What the SDK writes: each message goes straight to stdout, and a reply settles its request. */
    OutputStream output() {
        return new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) throws IOException {
                pending.write(b);
                if (b == '\n') {
                    send(pending.toByteArray());
                    pending.reset();
                }
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }

            @Override
            public synchronized void flush() throws IOException {
                out.flush();
            }
        };
    }

    /** Waits until stdin has ended and every request read from it has its reply written. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            l.write(b);
            if (b == '\n') {
                return l.toByteArray();
            }
        }
        return l.size() == 0 ? null : l.toByteArray();
    }

    /** Whether a line goes on to the SDK; a request's id is noted first, so its reply can settle it. */
    private boolean admit(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return false;
        }
        Message m = Message.of(text);
        if (m == null) {
            refuse(null, -32700, "Parse error: each line must be one JSON-RPC message");
            return false;
        }
        if (m.problem() != null) {
            refuse(m.id(), -32600, "Invalid Request: " + m.problem());
            return false;
        }
        if (m.request() && !initializing && !m.method().equals("initialize") && !m.method().equals("ping")) {
            refuse(m.id(), -32600, "Invalid Request: send initialize first");
            return false;
        }
        if (m.request()) {
            initializing |= m.method().equals("initialize");
            synchronized (inFlight) {
                inFlight.add(m.id());
            }
        }
        return true;
    }

    private void refuse(String id, int code, String message) throws IOException {
        String jsonId = id == null ? "null" : id.startsWith("n") ? id.substring(1) : quoted(id.substring(1));
        send(("{\"jsonrpc\":\"2.0\",\"id\":" + jsonId + ",\"error\":{\"code\":" + code + ",\"message\":"
                + quoted(message) + "}}\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(text, q);
        return q.append('"').toString();
    }

    private void send(byte[] message) throws IOException {
        synchronized (out) {
            out.write(message);
            out.flush();
        }
        Message m = Message.of(new String(message, StandardCharsets.UTF_8));
        if (m != null && m.reply()) {
            synchronized (inFlight) {
                inFlight.remove(m.id());
                inFlight.notifyAll();
            }
        }
    }

    private void awaitReplies() {
        long until = System.nanoTime() + drain.toNanos();
        synchronized (inFlight) {
            while (!inFlight.isEmpty()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    inFlight.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * The parts of a JSON-RPC message that matter here: its id ({@code n5}, {@code sabc}), its method, whether it
     * answers, and what makes it a message the SDK cannot take (null when it can).
     */
    private record Message(String id, String method, boolean hasAnswer, String problem) {
        boolean request() {
            return id != null && method != null;
        }

        boolean reply() {
            return id != null && method == null && hasAnswer;
        }

        /** The message's top-level fields, or null when the text is not one JSON value. */
        static Message of(String text) {
            try (JsonParser p = JSON.createParser(text)) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    return null;
                }
                if (first != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    return p.nextToken() == null ? new Message(null, null, false, first == JsonToken.START_ARRAY
                            ? "batches are not supported; send one message a line" : "a message is a JSON object")
                            : null;
                }
                String id = null;
                String method = null;
                String version = null;
                String problem = null;
                boolean hasId = false;
                boolean answer = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (name) {
                        case "jsonrpc" -> version = v == JsonToken.VALUE_STRING ? p.getText() : null;
                        case "id" -> {
                            hasId = true;
                            id = v == JsonToken.VALUE_NUMBER_INT ? "n" + p.getText()
                                    : v == JsonToken.VALUE_STRING ? "s" + p.getText() : null;
                        }
                        case "method" -> method = v == JsonToken.VALUE_STRING ? p.getText() : "";
                        case "result", "error" -> answer = true;
                        default -> { }
                    }
                    p.skipChildren();
                }
                if (p.nextToken() != null) {
                    return null;
                }
                if (!"2.0".equals(version)) {
                    problem = "\"jsonrpc\" must be \"2.0\"";
                } else if (hasId && id == null) {
                    problem = "an id must be a string or a whole number";
                } else if ("".equals(method)) {
                    problem = "\"method\" must be a string";
                } else if (method == null && !answer) {
                    problem = "a message needs a method, a result or an error";
                }
                return new Message(id, method, answer, problem);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
