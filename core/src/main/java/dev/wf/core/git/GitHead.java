package dev.wf.core.git;

import dev.wf.core.model.GitRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the HEAD commit and branch straight from the .git folder, without JGit, so that stamping an event costs a
 * few small file reads and never starts a process.
 */
public final class GitHead {
    private GitHead() {
    }

    public static Optional<GitRef> read(Path start) {
        try {
            Optional<Path> gitDir = gitDir(start);
            if (gitDir.isEmpty()) {
                return Optional.empty();
            }
            Path dir = gitDir.get();
            String head = Files.readString(dir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            if (!head.startsWith("ref: ")) {
                return Optional.of(new GitRef(head, null, null));
            }
            String ref = head.substring(5).strip();
            String branch = ref.startsWith("refs/heads/") ? ref.substring(11) : ref;
            Path common = commonDir(dir);
            return Optional.of(new GitRef(resolve(common, ref).orElse(null), branch, null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The .git folder of the repository holding {@code start}, following a worktree's "gitdir:" file. */
    public static Optional<Path> gitDir(Path start) throws IOException {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path git = p.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.of(git);
            }
            if (Files.isRegularFile(git)) {
                String text = Files.readString(git, StandardCharsets.UTF_8).strip();
                if (text.startsWith("gitdir:")) {
                    return Optional.of(p.resolve(text.substring(7).strip()).normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static Path commonDir(Path gitDir) throws IOException {
        Path common = gitDir.resolve("commondir");
        return Files.isRegularFile(common)
                ? gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize() : gitDir;
    }

    private static Optional<String> resolve(Path gitDir, String ref) throws IOException {
        Path loose = gitDir.resolve(ref);
        if (Files.isRegularFile(loose)) {
            return Optional.of(Files.readString(loose, StandardCharsets.UTF_8).strip());
        }
        Path packed = gitDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref) && !line.startsWith("#")) {
                    return Optional.of(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }
}
