package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.testing.Corpus;
import dev.wf.core.testing.RandomTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick reader reads what it accepts exactly as SnakeYAML Engine does, values, positions and ends alike, and
 * accepts nothing SnakeYAML refuses. Inputs: wf's own output for random trees, that output mutated at random, and
 * every YAML file of the corpus and of this project.
 */
class BlockReaderProperties {
    private static final String[] SNIPPETS = {" ", "  ", "#", " #c", "\n", "\n# c\n", "\n\n", ":", ": ", "- ", "-",
        "'", "\"", "''", "\\", "\\u00e9", "\\x", "|", "|-", "|+", ">", "{}", "[]", "{", "[", "]", "null", "~", "\n  ",
        "\n    x\n", "&a ", "*a", "!t ", "? ", ",", "---\n", "...\n", "%", "é", "\u00a0", "a: b\n", "\n- x\n", "  - y\n",
        "k:\n", "\n  k: v\n"};

    @Test
    void readsWfsOwnOutputAsSnakeYamlDoes() {
        AtomicInteger accepted = new AtomicInteger();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            String text = WorkflowCodec.format(new RandomTrees(seed, RandomTrees.TAME).workflow(), Layout.empty());

            if (sameAsSnakeYaml(text)) {
                accepted.incrementAndGet();
            }
        });
        assertThat(accepted.get()).as("wf's own output of typed text takes the quick path").isEqualTo(400);
    }

    @Test
    void readsHostileTreesAsSnakeYamlDoesOrLeavesThemToIt() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed ->
                sameAsSnakeYaml(WorkflowCodec.format(new RandomTrees(seed).workflow(), Layout.empty())));
    }

    @Test
    void readsMutatedFilesAsSnakeYamlDoesOrLeavesThemToIt() {
        AtomicInteger accepted = new AtomicInteger();
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder text = new StringBuilder(WorkflowCodec.format(new RandomTrees(seed, RandomTrees.TAME)
                    .workflow(), Layout.empty()));
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                int at = r.nextInt(text.length());
                if (r.nextInt(4) == 0) {
                    text.delete(at, Math.min(text.length(), at + 1 + r.nextInt(5)));
                } else {
                    text.insert(at, SNIPPETS[r.nextInt(SNIPPETS.length)]);
                }
            }

            if (sameAsSnakeYaml(text.toString())) {
                accepted.incrementAndGet();
            }
        });
        assertThat(accepted.get()).as("some mutations stay in the subset").isGreaterThan(300);
    }

    @Test
    void readsEveryProjectYamlFileAsSnakeYamlDoesOrLeavesItToSnakeYaml() throws IOException {
        assertThat(readAll(projectRoot())).as("the project's own workflow files take the quick path")
                .isGreaterThan(5);
    }

    @Test
    void readsEveryCorpusYamlFileAsSnakeYamlDoesOrLeavesItToSnakeYaml() throws IOException {
        readAll(Corpus.dir());
    }

    @Test
    void leavesToSnakeYamlWhatItWouldReadOtherwise() {
        String[] texts = {
            "title: \"Docs \\u\u0660\u0660\u0664\u0661\"\n", // Arabic-Indic digits are no hex digits to YAML
            "title: \"Docs \\u0041\"\n",
            "k".repeat(1024) + ": x\n",
            "k".repeat(1025) + ": x\n", // SnakeYAML's longest plain key is 1,024 characters
            "- " + "k".repeat(1025) + ": x\n",
        };
        for (String text : texts) {
            sameAsSnakeYaml(text);
        }
        assertThat(sameAsSnakeYaml(texts[1])).isTrue();
        assertThat(sameAsSnakeYaml(texts[2])).isTrue();
    }

    @Test
    void leavesWideMappingsToSnakeYamlSoThatDuplicateKeysAreFoundCheaply() {
        StringBuilder wide = new StringBuilder("extra:\n");
        for (int i = 0; i < 64; i++) {
            wide.append("  k").append(i).append(": v\n");
        }
        assertThat(sameAsSnakeYaml(wide.toString())).as("64 keys").isTrue();

        wide.append("  k64: v\n");

        assertThat(BlockReader.read(wide.toString(), YamlLimits.DEFAULT, null)).as("65 keys").isNull();
    }

    /** Every YAML file under root through {@link #sameAsSnakeYaml}; how many took the quick path. */
    private static int readAll(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("node_modules"))
                    .forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        int accepted = 0;
        for (Path f : files) {
            if (sameAsSnakeYaml(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8))) {
                accepted++;
            }
        }
        return accepted;
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        return Files.exists(p.resolve("mvnw")) ? p : p.getParent();
    }

    private static boolean sameAsSnakeYaml(String text) {
        return QuickReaderCheck.sameAsSnakeYaml(text);
    }
}
