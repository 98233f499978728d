package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.report.ContextReport;
import dev.wf.core.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance of stage contracts, on examples/contracts: real sections of real Markdown files. */
class ExampleContractsTests {
    static final Path EXAMPLE = Path.of("..", "examples", "contracts");

    @TempDir
    Path dir;
    private Project p;

    @BeforeEach
    void copyTheExample() throws IOException {
        PathUtils.copyDirectory(EXAMPLE, dir);
        p = new Project(dir);
    }

    @Test
    void theExampleHoldsEveryRuleAndNothingIsStale() {
        assertThat(p.ws().check(false).problems()).isEmpty();
        assertThat(p.ws().check(false).stale()).isEmpty();
    }

    @Test
    void contextPrintsExactlyTheDeclaredSections() {
        ContextReport r = p.ws().context("endpoint", null);

        String arch = p.read("docs/architecture.md");
        String conventions = arch.substring(arch.indexOf("## API conventions"), arch.indexOf("## Deployment"));
        assertThat(r.parts()).extracting(ContextReport.Part::text)
                .containsExactly(conventions.stripTrailing() + "\n", p.read("db/schema.sql"));
        assertThat(p.ws().context("docs-page", null).parts().get(0).text()).isEqualTo("## Tone\n\n"
                + "Write for a partner's engineer on their first day: short sentences, one idea each, an example for"
                + " every endpoint.\n");
    }

    @Test
    void editingOneSectionMakesExactlyItsReadersAndWhatTheyFeedStale() {
        edit("default 50, at most 500", "default 25, at most 200"); // API conventions
        assertThat(staleNodes()).containsExactly("docs-page", "endpoint");

        restore();
        edit("Reports live in one table", "Reports live in a single table"); // Data model
        assertThat(staleNodes()).containsExactly("docs-page", "endpoint", "schema");

        restore();
        edit("short sentences", "plain sentences"); // style-guide.md#Tone
        assertThat(staleNodes()).containsExactly("docs-page");
    }

    @Test
    void editingAnotherSectionOfTheSameFileMakesNothingStale() {
        edit("two replicas", "three replicas"); // Deployment, read by no phase
        assertThat(p.ws().check(false).stale()).isEmpty();
    }

    private void edit(String from, String to) {
        for (String file : List.of("docs/architecture.md", "docs/style-guide.md")) {
            String text = p.read(file);
            if (text.contains(from)) {
                p.write(file, text.replace(from, to));
                return;
            }
        }
        throw new AssertionError("no doc holds " + from);
    }

    private void restore() {
        try (Stream<Path> docs = Files.list(EXAMPLE.resolve("docs"))) {
            docs.forEach(d -> p.write("docs/" + d.getFileName(), read(d)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Set<String> staleNodes() {
        Set<String> out = new TreeSet<>();
        for (String s : p.ws().check(false).stale()) {
            for (String id : List.of("schema", "endpoint", "docs-page")) {
                if (s.contains(" " + id + " ")) {
                    out.add(id);
                }
            }
        }
        return out;
    }
}
