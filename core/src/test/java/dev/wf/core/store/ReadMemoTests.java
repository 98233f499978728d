package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadMemoTests {
    @TempDir
    Path dir;

    private static final String TEXT = """
            goal: {id: g, title: Goal, status: planning}
            phases:
              - {id: a, title: A, status: planned}
            forks: []
            current_node: a
            """;

    private ReadMemo.Read remembered(Path file, byte[] bytes) {
        ReadMemo.Read read = new ReadMemo.Read(bytes, new String(bytes, StandardCharsets.UTF_8), "sha", null);
        ReadMemo.remember(file, read);
        return read;
    }

    @Test
    void anUnchangedFileIsReadFromMemory() throws Exception {
        StateFolder folder = StateFolder.root(dir);
        Files.createDirectories(folder.dir());
        Files.writeString(folder.yaml(), TEXT);

        StateFolder.Loaded first = folder.load();
        StateFolder.Loaded again = folder.load();

        assertThat(again.workflow()).isSameAs(first.workflow());
        assertThat(again.text()).isSameAs(first.text());
    }

    @Test
    void aFileThatShrankOrGrewSinceItsSizeWasTakenIsNotTheSame() throws Exception {
        Path file = dir.resolve("workflow.yaml");
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        ReadMemo.Read read = remembered(file, bytes);
        Files.write(file, bytes);
        assertThat(ReadMemo.same(file, bytes.length)).isSameAs(read);

        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1)); // as if cut after Files.size
        assertThat(ReadMemo.same(file, bytes.length)).isNull();

        Files.write(file, (TEXT + "# more\n").getBytes(StandardCharsets.UTF_8)); // as if written to after it
        assertThat(ReadMemo.same(file, bytes.length)).isNull();
    }

    @Test
    void theLeastRecentlyReadFilesGoFirstPastTheBounds() throws Exception {
        byte[] small = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 17; i++) {
            Files.write(dir.resolve("small-" + i), small);
            remembered(dir.resolve("small-" + i), small);
        }
        assertThat(ReadMemo.same(dir.resolve("small-0"), small.length)).as("past 16 files").isNull();
        assertThat(ReadMemo.same(dir.resolve("small-1"), small.length)).isNotNull();

        Path big = Files.write(dir.resolve("big"), new byte[40 << 20]);
        Path bigger = Files.write(dir.resolve("bigger"), new byte[30 << 20]);
        remembered(big, new byte[40 << 20]);
        ReadMemo.Read kept = remembered(bigger, new byte[30 << 20]);

        assertThat(ReadMemo.same(big, 40 << 20)).as("past 64 MB").isNull();
        assertThat(ReadMemo.same(bigger, 30 << 20)).isSameAs(kept);
    }
}
