package dev.wf.core.contract;

import dev.wf.core.model.Input;
import dev.wf.core.rules.Paths;
import dev.wf.core.store.Hashing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a contract names, read from the project folder: what a node's inputs hold (a whole file or one Markdown
 * section of it), whether its outputs exist, and content hashes of both. A path that leaves the project (also through
 * a symbolic link) reads as missing. Each file is read once per instance.
 */
public final class Artifacts {
    /** The hash recorded for a file or section that is not there. */
    public static final String MISSING = "missing";
    private static final int MAX_FILES_IN_FOLDER = 10_000;

    private final Path root;
    private final Map<String, Optional<byte[]>> files = new HashMap<>();
    private final Map<String, Optional<String>> texts = new HashMap<>();

    public Artifacts(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What an input names, as found on disk. */
    public record Piece(Input input, State state, String text, long bytes, List<String> headings) {
        public boolean found() {
            return state == State.FOUND || state == State.BINARY;
        }
    }

    /** Whether the file and the section were there, and whether the file is text. */
    public enum State { FOUND, BINARY, NO_FILE, NO_SECTION }

    /** The key under which an input's hash is recorded: {@code file} or {@code file#section}. */
    public static String key(Input in) {
        return isFullFile(in) ? in.file() : in.file() + "#" + in.section();
    }

    public static boolean isFullFile(Input in) {
        return in.section() == null || in.section().isBlank() || in.section().strip().equalsIgnoreCase(Input.FULL_FILE);
    }

    public Piece read(Input in) {
        Optional<byte[]> raw = bytes(in.file());
        if (raw.isEmpty()) {
            return new Piece(in, State.NO_FILE, null, 0, List.of());
        }
        Optional<String> text = texts.computeIfAbsent(in.file(), f -> utf8(raw.get()));
        if (isFullFile(in)) {
            return text.map(t -> new Piece(in, State.FOUND, t, raw.get().length, List.of()))
                    .orElseGet(() -> new Piece(in, State.BINARY, null, raw.get().length, List.of()));
        }
        if (text.isEmpty()) {
            return new Piece(in, State.NO_SECTION, null, raw.get().length, List.of());
        }
        Optional<String> section = Sections.section(text.get(), in.section());
        if (section.isEmpty()) {
            return new Piece(in, State.NO_SECTION, null, 0,
                    Sections.headings(text.get()).stream().map(Sections.Heading::text).toList());
        }
        return new Piece(in, State.FOUND, section.get(), section.get().getBytes(StandardCharsets.UTF_8).length,
                List.of());
    }

    /** The hash of what an input names: the file's bytes, or the section's text; {@link #MISSING} if absent. */
    public String hash(Input in) {
        if (isFullFile(in)) {
            return bytes(in.file()).map(Artifacts::shortHash).orElse(MISSING);
        }
        Piece p = read(in);
        return p.state() == State.FOUND ? shortHash(p.text().getBytes(StandardCharsets.UTF_8)) : MISSING;
    }

    /** Whether an output's location exists (a file or a folder). */
    public boolean exists(String location) {
        return resolve(location).filter(Files::exists).isPresent();
    }

    /** The hash of an output's location: a file's bytes, or a folder's files and their hashes. */
    public String hashLocation(String location) {
        Optional<Path> p = resolve(location);
        if (p.isEmpty() || !Files.exists(p.get())) {
            return MISSING;
        }
        if (!Files.isDirectory(p.get())) {
            return bytes(location).map(Artifacts::shortHash).orElse(MISSING);
        }
        StringBuilder listing = new StringBuilder();
        try (Stream<Path> walk = Files.walk(p.get())) {
            walk.filter(Files::isRegularFile).limit(MAX_FILES_IN_FOLDER).map(f -> root.relativize(f).toString())
                    .sorted().forEach(f -> listing.append(f).append(' ')
                            .append(bytes(f).map(Artifacts::shortHash).orElse(MISSING)).append('\n'));
        } catch (IOException | RuntimeException e) {
            return MISSING;
        }
        return shortHash(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The file's bytes, if it is a regular file inside the project. */
    public Optional<byte[]> bytes(String file) {
        return files.computeIfAbsent(file, f -> resolve(f).filter(Files::isRegularFile).flatMap(p -> {
            try {
                return Optional.of(Files.readAllBytes(p));
            } catch (IOException e) {
                return Optional.empty();
            }
        }));
    }

    private Optional<Path> resolve(String file) {
        if (file == null || !Paths.insideProject(file)) {
            return Optional.empty();
        }
        Path p = root.resolve(file).normalize();
        try {
            if (Files.exists(p) && !p.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** The text of the bytes if they are UTF-8 without NUL characters. */
    static Optional<String> utf8(byte[] raw) {
        for (byte b : raw) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String shortHash(byte[] bytes) {
        return Hashing.sha256(bytes).substring(0, 16);
    }
}
