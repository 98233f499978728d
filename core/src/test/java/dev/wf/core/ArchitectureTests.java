package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library stands alone: core never refers to the CLI, picocli, or printing to the console. */
class ArchitectureTests {

    @Test
    void coreClassesReferNeitherToTheCliNorToPicocliNorToTheConsole() throws IOException {
        Path classes = Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }

        assertThat(files).hasSizeGreaterThan(40);
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(f.toString()).doesNotContain("picocli/", "dev/wf/cli/", "java/io/PrintStream");
        }
    }
}
