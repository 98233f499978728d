package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each test is named after what broke. */
class RegressionTests {

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
