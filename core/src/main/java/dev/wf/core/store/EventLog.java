package dev.wf.core.store;

import dev.wf.core.model.Event;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        List<Event> events = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), List.of());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                events.add(EventCodec.fromLine(lines.get(i)));
            } catch (IOException e) {
                bad.add(i + 1);
            }
        }
        return new Read(events, bad);
    }

    /** The last complete events, newest last, reading only the end of the file. */
    public static List<Event> tail(Path log, int max) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long size = f.length();
            long start = Math.max(0, size - TAIL_CHUNK);
            byte[] buf = new byte[(int) (size - start)];
            f.seek(start);
            f.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8);
            String[] lines = text.split("\n");
            List<Event> out = new ArrayList<>();
            for (int i = lines.length - 1; i >= (start > 0 ? 1 : 0) && out.size() < max; i--) {
                try {
                    out.add(0, EventCodec.fromLine(lines[i]));
                } catch (IOException torn) {
                    // not an event: skipped here, reported by a full read
                }
            }
            return out;
        }
    }

    /** The hash of the workflow.yaml that the newest event carrying one produced. */
    public static Optional<String> lastSha(Path log) throws IOException {
        List<Event> tail = tail(log, 64);
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (tail.get(i).sha256() != null) {
                return Optional.of(tail.get(i).sha256());
            }
        }
        return Optional.empty();
    }
}
