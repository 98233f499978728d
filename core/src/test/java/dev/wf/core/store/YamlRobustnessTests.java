package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlRobustnessTests {

    @Test
    void everyYamlTestSuiteErrorCaseIsRefusedWithAPositionOrRead() throws IOException {
        List<Path> cases = Corpus.files("5-yaml-robustness/yaml-test-suite/error-cases", ".yaml");

        for (Path c : cases) {
            Throwable t = catchThrowable(() -> YamlReader.read(Files.readString(c), "case.yaml"));

            if (t != null) {
                assertThat(t).as(c.toString()).isInstanceOf(WfException.class);
                assertThat(((WfException) t).kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                assertThat(((WfException) t).location().orElse("")).as(c.toString()).matches("case\\.yaml:\\d+:\\d+");
            }
        }
        assertThat(cases).hasSizeGreaterThan(10);
    }

    @Test
    void validAnchorCasesAreReadOrRefusedWithAPosition() throws IOException {
        for (Path c : Corpus.files("5-yaml-robustness/yaml-test-suite/valid-anchor-cases", ".yaml")) {
            Throwable t = catchThrowable(() -> YamlReader.read(Files.readString(c), "case.yaml"));

            if (t != null) { // aliases as keys, for one, are no part of a workflow file
                assertThat(t).as(c.toString()).isInstanceOf(WfException.class);
                assertThat(((WfException) t).location().orElse("")).matches("case\\.yaml:\\d+:\\d+");
            }
        }
    }

    @Test
    void aRedefinedAnchorResolvesToItsLatestValue() throws IOException {
        String text = Files.readString(Corpus.dir().resolve(
                "5-yaml-robustness/yaml-test-suite/valid-anchor-cases/3GZX__in.yaml"));

        YamlValue.Map root = (YamlValue.Map) YamlReader.read(text, "a.yaml").root();

        assertThat(((YamlValue.Scalar) root.entry("Reuse anchor").orElseThrow().value()).value()).isEqualTo("Bar");
        assertThat(((YamlValue.Scalar) root.entry("Second occurrence").orElseThrow().value()).value())
                .isEqualTo("Foo");
    }

    @Test
    void billionLaughsIsRefusedBeforeExpanding() throws IOException {
        String text = Files.readString(Corpus.dir().resolve(
                "5-yaml-robustness/snakeyaml-engine/billion-laughs__extracted-from-BillionLaughsAttackTest.yaml"));

        assertThatThrownBy(() -> YamlReader.read(text, "bomb.yaml"))
                .isInstanceOf(WfException.class).hasMessageContaining("aliases");
    }

    @Test
    void recursiveAnchorIsRefused() throws IOException {
        String text = Files.readString(Corpus.dir().resolve("5-yaml-robustness/snakeyaml-engine/recursive-set-1.yaml"));

        Throwable t = catchThrowable(() -> YamlReader.read(text, "rec.yaml"));

        assertThat(t).isInstanceOf(WfException.class);
    }

    @Test
    void aSmallAliasBombWithinTheCountIsCutByTheExpansionBound() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 5; k++) {
                y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }

        assertThatThrownBy(() -> YamlReader.read(y.toString(), "b.yaml", new YamlLimits(1 << 20, 100, 50, 100_000)))
                .isInstanceOf(WfException.class).hasMessageContaining("expand");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() {
        String text = "goal:\n  id: a\n  id: b\n";

        assertThatThrownBy(() -> YamlReader.read(text, "w.yaml"))
                .isInstanceOf(WfException.class)
                .hasMessageContaining("duplicate key 'id'")
                .extracting(e -> ((WfException) e).location().orElseThrow()).isEqualTo("w.yaml:3:3");
    }

    @Test
    void nonScalarKeysAreRefused() {
        assertThatThrownBy(() -> YamlReader.read("? [a, b]\n: c\n", "w.yaml"))
                .isInstanceOf(WfException.class).hasMessageContaining("mapping key");
    }

    @Test
    void deepNestingIsRefusedWithoutRecursion() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);

        assertThatThrownBy(() -> YamlReader.read(deep, "deep.yaml"))
                .isInstanceOf(WfException.class).hasMessageContaining("nesting deeper than 100");
    }

    @Test
    void oversizedTextIsRefusedBeforeParsing() {
        String big = "a: " + "x".repeat(2000) + "\n";

        assertThatThrownBy(() -> YamlReader.read(big, "big.yaml", new YamlLimits(1000, 100, 50, 1000)))
                .isInstanceOf(WfException.class).hasMessageContaining("larger than");
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        String text = "goal:\n  id: a\n  title: [unclosed\n";

        assertThatThrownBy(() -> WorkflowCodec.parse(text, "workflow-state/workflow.yaml"))
                .isInstanceOf(WfException.class)
                .extracting(e -> ((WfException) e).oneLine()).asString()
                .matches("workflow-state/workflow\\.yaml:\\d+:\\d+: .+");
    }

    @Test
    void aLargeRealYamlFileThatIsNoWorkflowGetsASchemaError() throws IOException {
        String text = Files.readString(Corpus.dir().resolve(
                "5-yaml-robustness/large/argo-helm__charts__argo-cd__values.yaml"));

        assertThat(YamlReader.read(text, "values.yaml").root()).isNotNull();
        assertThatThrownBy(() -> WorkflowCodec.parse(text, "values.yaml"))
                .isInstanceOf(WfException.class).hasMessageContaining("'goal' is missing");
    }

    @Test
    void multipleDocumentsAreRefused() {
        assertThatThrownBy(() -> YamlReader.read("a: 1\n---\nb: 2\n", "w.yaml"))
                .isInstanceOf(WfException.class).hasMessageContaining("more than one YAML document");
    }
}
