package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import dev.wf.core.model.GitRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EventScan is sure only where the log's parser gives the very same answer, and lastSha agrees with the parser. */
class EventScanProperties {
    private static final String[] TEXTS = {"", "a", "node-1", "é", "日本", "😀", "\"", "\\", "\n", "\t", "\u0001",
        "\u007f", "\u2028", "{", "}", "[", "]", ",", ":", "sha256", "\"sha256\":\"x\"", " ", "true", "-1", "0.5e3"};
    /** Bytes that make or break JSON and UTF-8, for mutations. */
    private static final byte[] SPECIAL = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\t', '\r', '0', '1', '-',
        '+', '.', 'e', 'E', 'u', 'U', 'x', '\'', 'n', 't', 'f', 'a', 0, 0x1f, 0x7f, (byte) 0x80, (byte) 0xbf,
        (byte) 0xc3, (byte) 0xc0, (byte) 0xe0, (byte) 0xed, (byte) 0xa0, (byte) 0xf0, (byte) 0xf4, (byte) 0x90,
        (byte) 0xff};

    @TempDir
    Path dir;

    @Test
    void onTheLinesWfWritesItIsSureAndRight() {
        int[] sure = {0};
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            byte[] line = EventCodec.toLine(randomEvent(new Random(seed))).getBytes(StandardCharsets.UTF_8);

            EventScan.Event scanned = EventScan.scan(line, 0, line.length);

            if (scanned != null) {
                sure[0]++;
                assertThat(scanned.sha256()).isEqualTo(parsed(line).orElseThrow().sha256());
            }
        });
        assertThat(sure[0]).as("lines it was sure of, of 3000").isGreaterThan(2700);
    }

    @Test
    void whereverItIsSureOfABrokenLineTheParserAgrees() {
        qt().withExamples(20000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            byte[] line = mutated(r, EventCodec.toLine(randomEvent(r)).getBytes(StandardCharsets.UTF_8));

            EventScan.Event scanned = EventScan.scan(line, 0, line.length);

            if (scanned != null) {
                Optional<Event> event = parsed(line);
                assertThat(event).as(new String(line, StandardCharsets.ISO_8859_1)).isPresent();
                assertThat(scanned.sha256()).isEqualTo(event.get().sha256());
            }
        });
    }

    @Test
    void lastShaGivesWhatTheParsedTailGives() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = r.nextInt(90); i > 0; i--) {
                switch (r.nextInt(8)) {
                    case 0 -> text.append("\n");
                    case 1 -> text.append(new String(mutated(r, line(r)), StandardCharsets.ISO_8859_1)).append('\n');
                    case 2 -> text.append("{\"v\":1,\"type\":\"x\",\"sha256\":null}\n");
                    default -> text.append(new String(line(r), StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
            if (r.nextBoolean() && text.length() > 0) {
                text.setLength(text.length() - 1); // no newline at the end, or a torn last line
            }
            Path log = dir.resolve("log-" + seed + ".jsonl");
            try {
                Files.write(log, text.toString().getBytes(StandardCharsets.ISO_8859_1));

                assertThat(EventLog.lastSha(log)).isEqualTo(parsedLastSha(log));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static byte[] line(Random r) {
        return EventCodec.toLine(randomEvent(r)).getBytes(StandardCharsets.UTF_8);
    }

    /** What lastSha gave before it scanned: the newest hash among the last 64 parsed events. */
    private static Optional<String> parsedLastSha(Path log) throws IOException {
        List<Event> tail = EventLog.tail(log, 64);
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (tail.get(i).sha256() != null) {
                return Optional.of(tail.get(i).sha256());
            }
        }
        return Optional.empty();
    }

    /** As the log reads a line: strict UTF-8, then the parser. */
    private static Optional<Event> parsed(byte[] line) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
            return Optional.of(EventCodec.fromLine(text));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Event randomEvent(Random r) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            data.put(text(r), value(r, 0));
        }
        GitRef git = r.nextInt(4) == 0 ? new GitRef(text(r), text(r), r.nextBoolean() ? null : r.nextBoolean()) : null;
        String sha = r.nextInt(5) == 0 ? null : Long.toHexString(r.nextLong()) + "0123456789abcdef";
        return new Event(r.nextInt(3), text(r), text(r), EventType.values()[r.nextInt(EventType.values().length)].wire(),
                maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), maybe(r), git, sha, data);
    }

    private static Object value(Random r, int depth) {
        switch (depth > 3 ? r.nextInt(5) : r.nextInt(7)) {
            case 0: return text(r);
            case 1: return r.nextLong();
            case 2: return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 3: return r.nextBoolean();
            case 4: return null;
            case 5: {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                return l;
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    m.put(text(r), value(r, depth + 1));
                }
                return m;
            }
        }
    }

    private static String maybe(Random r) {
        return r.nextBoolean() ? null : text(r);
    }

    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(4); i > 0; i--) {
            s.append(TEXTS[r.nextInt(TEXTS.length)]);
        }
        return s.toString();
    }

    /** Just past a random {@code mark} of the line: where a value starts (':'), or in an escape ('\\'). */
    private static int after(Random r, List<Byte> b, byte mark) {
        int at = r.nextInt(b.size());
        while (b.get(at) != mark) {
            at = (at + 1) % b.size();
        }
        return at + 1;
    }

    /** One to four changes: a byte replaced, inserted (often where a value or an escape starts) or removed, or a stretch repeated. */
    private static byte[] mutated(Random r, byte[] line) {
        List<Byte> b = new ArrayList<>();
        for (byte x : line) {
            b.add(x);
        }
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int at = b.isEmpty() ? 0 : r.nextInt(b.size());
            byte x = r.nextBoolean() ? SPECIAL[r.nextInt(SPECIAL.length)] : (byte) r.nextInt(256);
            switch (r.nextInt(5)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.set(at, x);
                    }
                }
                case 4 -> {
                    byte mark = r.nextBoolean() ? (byte) ':' : (byte) '\\';
                    b.add(b.indexOf(mark) < 0 ? at : after(r, b, mark), x);
                }
                case 1 -> b.add(at, x);
                case 2 -> {
                    if (!b.isEmpty()) {
                        b.remove(at);
                    }
                }
                default -> {
                    int to = Math.min(b.size(), at + r.nextInt(12));
                    b.addAll(to, new ArrayList<>(b.subList(at, to)));
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
