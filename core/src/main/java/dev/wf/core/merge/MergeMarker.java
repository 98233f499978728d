package dev.wf.core.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.wf.core.store.JsonData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The note a merge leaves in a state folder: the hash of the workflow.yaml it wrote and what it had to decide. The
 * next wf command that finds the file with that hash logs a {@code merge} event instead of {@code edit.detected}.
 */
public final class MergeMarker {
    private static final JsonFactory JSON = new JsonFactory();

    private MergeMarker() {
    }

    /** What the marker says. */
    public record Note(String sha256, List<String> conflicts) {
    }

    /** Notes a merge; what an earlier merge noted and nobody logged yet (a rebase replays several) is kept. */
    public static void write(Path stateDir, String sha, List<String> conflicts) throws IOException {
        if (!Files.isDirectory(stateDir)) {
            return;
        }
        List<String> all = new ArrayList<>(read(stateDir).map(Note::conflicts).orElse(List.of()));
        all.addAll(conflicts);
        conflicts = all;
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("sha256", sha);
            g.writeArrayFieldStart("conflicts");
            for (String c : conflicts) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.writeString(stateDir.resolve(FileMerge.MARKER), out + "\n", StandardCharsets.UTF_8);
    }

    /** The marker in this folder, if there is a readable one. */
    public static Optional<Note> read(Path stateDir) {
        Path file = stateDir.resolve(FileMerge.MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (JsonParser p = JSON.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            p.nextToken();
            if (!(JsonData.read(p) instanceof Map<?, ?> m) || !(m.get("sha256") instanceof String sha)) {
                return Optional.empty();
            }
            List<String> conflicts = new ArrayList<>();
            if (m.get("conflicts") instanceof List<?> l) {
                l.forEach(c -> conflicts.add(String.valueOf(c)));
            }
            return Optional.of(new Note(sha, conflicts));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static void remove(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FileMerge.MARKER));
        } catch (IOException ignored) {
            // a marker that stays names a hash no later file has; it is ignored then
        }
    }
}
