package dev.wf.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The third-party test files in ../shared/corpus beside the project (see its sources.tsv for origin and licence).
 * They are read in place, never copied into the project.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        assumeTrue(false, "../shared/corpus is not beside the project");
        return null;
    }

    public static List<Path> files(String sub, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir().resolve(sub))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
