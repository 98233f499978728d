package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateLockTests {
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theLockFileNamesOnlyTheLatestHolderEvenAfterALongerOne() throws IOException {
        try (StateLock first = StateLock.acquire(dir, "wf a-much-longer-command --with options", Duration.ZERO, NOW)) {
            assertThat(Files.readString(dir.resolve(StateLock.FILE))).contains("a-much-longer-command");
        }

        try (StateLock second = StateLock.acquire(dir, "wf x", Duration.ZERO, NOW)) {
            assertThat(Files.readString(dir.resolve(StateLock.FILE)))
                    .isEqualTo("pid " + ProcessHandle.current().pid() + " (wf x) since " + NOW + "\n");
        }
    }
}
