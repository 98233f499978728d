package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.Event;
import dev.wf.core.model.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTests {
    @TempDir
    Path dir;

    private static String event(String id, String sha, String payload) {
        return EventCodec.toLine(Event.of(EventType.NODE_REMOVED, "x", null, null, null)
                .withData(Map.of("subtree", payload))
                .stamped(id, "2026-11-01T09:00:00.000Z", "t", null, null, sha));
    }

    @Test
    void theNewestHashIsFoundBehindAnEventLargerThanTheTailWindow() throws Exception {
        Path log = dir.resolve("log.jsonl");
        EventLog.append(log, List.of(event("a", "sha-a", "small"), event("b", "sha-b", "x".repeat(300_000))));

        assertThat(EventLog.lastSha(log)).contains("sha-b");
        assertThat(EventLog.tail(log, 2)).extracting(Event::id).containsExactly("a", "b");
    }

    @Test
    void aLineWithBrokenUtf8IsSkippedAndTheRestOfTheHistoryStays() throws Exception {
        Path log = dir.resolve("log.jsonl");
        EventLog.append(log, List.of(event("a", "s", "before")));
        Files.write(log, new byte[] {'{', '"', 'v', '"', ':', '1', ',', (byte) 0xc3, '\n'}, StandardOpenOption.APPEND);
        EventLog.append(log, List.of(event("c", "s", "after")));

        EventLog.Read r = EventLog.read(log);

        assertThat(r.events()).extracting(Event::id).containsExactly("a", "c");
        assertThat(r.badLines()).containsExactly(2);
    }

    @Test
    void anAppendAfterATornLineStartsOnANewLine() throws Exception {
        Path log = dir.resolve("log.jsonl");
        EventLog.append(log, List.of(event("a", "s", "one")));
        Files.writeString(log, "{\"v\":1,\"id\":\"tor", StandardOpenOption.APPEND);

        EventLog.append(log, List.of(event("b", "s", "two")));

        assertThat(EventLog.read(log).events()).extracting(Event::id).containsExactly("a", "b");
        assertThat(EventLog.read(log).badLines()).containsExactly(2);
    }
}
