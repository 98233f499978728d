package dev.wf.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.testing.Pictures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The pictures of {@code wf export}: golden files for a project with a nested fork, and labels that hostile titles
 * cannot break out of. MermaidParserTests checks the same output with mermaid's own parser.
 */
class ExportTests {
    static final List<String> HOSTILE = Pictures.HOSTILE;

    /** The golden file's text; regenerate it by writing Export's output over it and reading the diff. */
    static String golden(String name) throws IOException {
        try (InputStream in = ExportTests.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mermaidOfANestedForkEqualsTheGoldenFile() throws IOException {
        String mermaid = Export.render(Export.Format.MERMAID, Pictures.nestedFork());

        assertThat(mermaid).isEqualTo(golden("nested-fork.mmd"));
    }

    @Test
    void dotOfANestedForkEqualsTheGoldenFile() throws IOException {
        String dot = Export.render(Export.Format.DOT, Pictures.nestedFork());

        assertThat(dot).isEqualTo(golden("nested-fork.dot"));
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aHostileTitleStaysInsideItsMermaidLabel(String title) {
        String label = Mermaid.label(title);

        assertThat(label).doesNotContain("\"", "`", "<", ">", "%", ":", "\n", "\u001b", "\u202e", "ﬂ°", "¶ß");
        assertThat(Pattern.compile("#(?![a-z]+;|[0-9]+;)").matcher(label).find()).as(label).isFalse();
        assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(GraphIds.LABEL_MAX * 7);
    }

    @Test
    void noLineIsOneWhoseSemicolonMermaidWouldDrop() {
        String mermaid = Export.render(Export.Format.MERMAID, Pictures.hostile());

        // mermaid's own patterns (encodeEntities): the last ';' of a matching line goes before parsing
        assertThat(mermaid.lines()).hasSizeGreaterThan(100)
                .noneMatch(l -> l.matches(".*style.*:\\S*#.*;.*") || l.matches(".*classDef.*:\\S*#.*;.*"));
    }

    @Test
    void aLongTitleIsCutWithoutSplittingAnEmoji() {
        String cut = GraphIds.clip("🚀".repeat(100));

        assertThat(cut).isEqualTo("🚀".repeat(GraphIds.LABEL_MAX - 1) + "…");
    }

    @Test
    void graphIdsOfIdsWithDotsDashesSlashesAndUnderscoresNeverCollide() {
        List<String> ids = List.of("a.b", "a_b", "a-b", "a/b", "a,b", "a_xb", "a_x00002eb", "a__b", "ab");

        List<String> graphIds = ids.stream().map(id -> GraphIds.node("", id)).toList();

        assertThat(graphIds).doesNotHaveDuplicates().allMatch(g -> g.matches("n_[A-Za-z0-9_]+"));
        assertThat(GraphIds.node("", "fork-a")).isNotEqualTo(GraphIds.fork("", "a"));
        assertThat(GraphIds.node("a", "b__c")).isNotEqualTo(GraphIds.node("a__b", "c"));
    }

    @Test
    void aDotLabelKeepsABackslashNAsTextAndEscapesQuotes() {
        String dot = Export.render(Export.Format.DOT, Pictures.hostile());

        assertThat(dot).contains("back\\\\slash \\\\n not a break", "a \\\"quoted\\\" title")
                .doesNotContain("\u001b");
    }
}
