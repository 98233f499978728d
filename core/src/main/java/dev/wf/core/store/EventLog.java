package dev.wf.core.store;

import dev.wf.core.model.Event;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * log.jsonl: only ever written past its end, and fsynced after each append. Readers skip lines that are not complete events
 * (a torn last line after a crash) and report how many they skipped.
 */
public final class EventLog {
    private static final int TAIL_CHUNK = 64 * 1024;
    private static final int LAST_SHA_EVENTS = 64;

    private EventLog() {
    }

    /** What a full read found: the events, and the 1-based numbers of the lines that were not events. */
    public record Read(List<Event> events, List<Integer> badLines) {
        public Read {
            events = List.copyOf(events);
            badLines = List.copyOf(badLines);
        }
    }

    /** Appends the lines (already stamped events) and forces them to disk. */
    public static void append(Path log, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        // Positioned writes at the end: only ever past the bytes already there (the state lock keeps one writer).
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                ch.read(last, size - 1);
                if (last.get(0) != '\n') {
                    text.append('\n'); // a torn line stays as it is; the next event starts on its own line
                }
            }
            lines.forEach(l -> text.append(l).append('\n'));
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            long at = size;
            while (bytes.hasRemaining()) {
                at += ch.write(bytes, at);
            }
            ch.force(true);
        }
    }

    public static Read read(Path log) throws IOException {
        return readFrom(log, 0);
    }

    /**
     * The events from byte {@code offset} on. Each line is decoded on its own, so a line with broken UTF-8 (a cut
     * in the middle of a character) is reported and skipped without hiding the rest of the history.
     */
    public static Read readFrom(Path log, long offset) throws IOException {
        byte[] bytes = bytesFrom(log, offset);
        List<Event> events = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        int lineNo = 0;
        for (int from = 0; from < bytes.length; ) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            lineNo++;
            Optional<Event> e = parse(bytes, from, to);
            if (e.isPresent()) {
                events.add(e.get());
            } else if (!blank(bytes, from, to)) {
                bad.add(lineNo);
            }
            from = to + 1;
        }
        return new Read(events, bad);
    }

    private static Optional<Event> parse(byte[] bytes, int from, int to) {
        try {
            String line = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
            return Optional.of(EventCodec.fromLine(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The bytes from {@code offset} to the end; none when there is no file. */
    private static byte[] bytesFrom(Path log, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.min(Math.max(offset, 0), f.length());
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            return bytes;
        } catch (java.io.FileNotFoundException e) {
            return new byte[0];
        }
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The last complete events, newest last, reading back from the end only as far as it must. */
    public static List<Event> tail(Path log, int max) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        long size = Files.size(log);
        for (long window = TAIL_CHUNK; ; window *= 4) {
            long start = lineStart(log, Math.max(0, size - window));
            List<Event> events = readFrom(log, start).events();
            if (events.size() >= max || start == 0) {
                return events.subList(Math.max(0, events.size() - max), events.size());
            }
        }
    }

    /** The offset of the first whole line at or after {@code at}: the file's start, or just past a line break. */
    private static long lineStart(Path log, long at) throws IOException {
        if (at == 0) {
            return 0;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            byte[] buf = new byte[8192];
            for (long pos = at - 1; pos < f.length(); pos += buf.length) {
                f.seek(pos);
                int n = f.read(buf);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        return pos + i + 1;
                    }
                }
            }
            return f.length();
        }
    }

    /**
     * The hash of the workflow.yaml that the newest event carrying one produced, among the last 64 events. The lines
     * are read newest first, each by {@link EventScan} while it can be sure of it, so that the usual answer (the
     * last line) costs no JSON parser; anything it cannot be sure of is left to the parser, for the same answer.
     */
    public static Optional<String> lastSha(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        long start = lineStart(log, Math.max(0, Files.size(log) - TAIL_CHUNK));
        byte[] bytes = bytesFrom(log, start);
        int events = 0;
        for (int to = bytes.length; ; ) {
            int from = to;
            while (from > 0 && bytes[from - 1] != '\n') {
                from--;
            }
            if (!blank(bytes, from, to)) {
                EventScan.Event e = EventScan.scan(bytes, from, to);
                if (e == null) {
                    return lastShaParsed(log);
                }
                if (e.sha256() != null) {
                    return Optional.of(e.sha256());
                }
                if (++events == LAST_SHA_EVENTS) {
                    return Optional.empty();
                }
            }
            if (from == 0) {
                return start == 0 ? Optional.empty() : lastShaParsed(log);
            }
            to = from - 1;
        }
    }

    private static Optional<String> lastShaParsed(Path log) throws IOException {
        List<Event> tail = tail(log, LAST_SHA_EVENTS);
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (tail.get(i).sha256() != null) {
                return Optional.of(tail.get(i).sha256());
            }
        }
        return Optional.empty();
    }
}
