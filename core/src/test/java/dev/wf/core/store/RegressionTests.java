package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;

import org.junit.jupiter.api.Test;

/** Each test is named after what broke. */
class RegressionTests {

    /** Writes what was read and reads it again: the tree must be the same (what the read-back guard demands). */
    private static void writesBackAsItself(String text) {
        WorkflowCodec.Parsed p = WorkflowCodec.parse(text, "w.yaml");
        String written = WorkflowCodec.format(p.workflow(), p.layout());
        assertThat(WorkflowCodec.parse(written, "written.yaml").workflow()).as(written).isEqualTo(p.workflow());
    }

    @Test
    void aByteOrderMarkDoesNotCostTheFirstCommentLine() { // a fresh-eyes trial: a file saved as UTF-8 with BOM
        String text = "\uFEFF# yaml-language-server: $schema=workflow.schema.json\n# kept\ngoal:\n  id: g\n"
                + "  title: G\n  status: planning\nphases:\n  - id: a\n    title: A\n    status: planned\nforks: []\n"
                + "current_node: a\n";
        WorkflowCodec.Parsed p = WorkflowCodec.parse(text, "w.yaml");

        String written = WorkflowCodec.format(p.workflow().withPointer("a", "2026-01-01T00:00:00Z"), p.layout());

        assertThat(written).startsWith("# yaml-language-server: $schema=workflow.schema.json\n# kept\ngoal:\n");
    }

    @Test
    void aLoneCarriageReturnInACommentIsALineBreakAndDoesNotDuplicateAKey() { // fuzzing, yamlLoader
        writesBackAsItself("# ya\rl-language-server: x\ngoal:\n  id: g\nphases: []\n");
    }

    @Test
    void aScalarAfterAnAnchorDoesNotKeepTheAnchorAsItsSpelling() { // fuzzing, yamlLoader
        writesBackAsItself("a: [&x lol, \"lol\"]\nb: &y 234\ngoal:\n  id: g\nphases: []\n");
    }

    @Test
    void anUnknownKeysQuotedMultiLineValueAndPlainNumberKeepTheirTypes() { // fuzzing, yamlLoader
        writesBackAsItself("a: [\"one\n  two\", 123, \"123\", true, \"true\"]\ngoal:\n  id: g\nphases: []\n");
    }

    @Test
    void aValueEndingInBlankLinesIsNotAKeepBlockThatSwallowsTheLinesAfterIt() { // fuzzing, yamlLoader
        writesBackAsItself("a: [\"x\n\n\n\n\", \"y\"]\n\n\ngoal:\n  id: g\n  notes: \"n\\n\\n\\n\"\nphases: []\n");
    }

    @Test
    void blankAndCommentLinesAfterABlockWrittenAtAnotherIndentDoNotBecomeItsText() { // fuzzing, yamlLoader
        writesBackAsItself("goal:\n  id: g\nphases: []\nal: |-\n    ruable\n    \n      \n\n \n   \n");
        writesBackAsItself("goal:\n  id: g\nphases: []\nal: |-\n    ruable\n   # a comment, not text\n");
        writesBackAsItself("goal:\n  id: g\nphases: []\nal:\n  - |-\n      one\n     \n     # c\nb: 1\n");
    }

    @Test
    void anEscapeCutShortByTheEndOfTheFileOrTooLargeIsInvalidInputNotACrash() { // fuzzing, yamlLoader
        for (String text : new String[] {"goal:\n  id: \"a\\u", "goal:\n  id: \"a\\u00", "a: \"\\x",
            "a: \"\\UFFFFFFFF\"\n"}) {
            assertThatThrownBy(() -> WorkflowCodec.parse(text, "w.yaml")).isInstanceOfSatisfying(WfException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT));
        }
    }

    @Test
    void anEmojiStraddlingSnakeYamlsReadBufferDoesNotCrashTheReader() {
        for (int pad = 1000; pad < 1030; pad++) {
            String text = "goal:\n  id: g\n  title: " + "x".repeat(pad - 22) + "😀😀😀 end\nphases: []\n";

            assertThat(WorkflowCodec.parse(text, "w.yaml").workflow().goal().title()).endsWith("😀😀😀 end");
        }
    }

    @Test
    void aQuotedScalarWithAnEmojiKeepsItsClosingQuoteWhenWrittenBack() {
        String text = "goal:\n  id: g\n  title: \"%{😀|\"\n  status: planning\nphases: []\ncurrent_node: null\n";

        WorkflowCodec.Parsed p = WorkflowCodec.parse(text, "w.yaml");

        assertThat(WorkflowCodec.format(p.workflow(), p.layout())).isEqualTo(text);
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedBecauseSnakeYamlHasNoShortEscapeForThem() {
        String title = "a\u2028b\u2029c";
        String text = "goal:\n  id: g\n  title: " + ScalarStyle.doubleQuoted(title) + "\nphases: []\n";

        assertThat(WorkflowCodec.parse(text, "w.yaml").workflow().goal().title()).isEqualTo(title);
    }

    @Test
    void aFileWithCrLfLineEndsKeepsThemWhenWrittenBack() {
        String text = WorkflowCodecTests.SEED.replace("\n", "\r\n");

        WorkflowCodec.Parsed p = WorkflowCodec.parse(text, "w.yaml");

        assertThat(WorkflowCodec.format(p.workflow(), p.layout())).isEqualTo(text);
    }
}
