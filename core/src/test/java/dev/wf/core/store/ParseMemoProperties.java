package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.Workspace;
import dev.wf.core.testing.Project;
import dev.wf.core.testing.RandomTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse memo of WorkflowCodec is never trusted over the text: after any external edit, including one that
 * keeps the file's size and modification time, what wf reads is what a fresh parse of the new text gives.
 */
class ParseMemoProperties {
    @TempDir
    Path dir;

    /** The text with one letter changed to another letter: same length, same size in bytes. */
    private static String sameSizeEdit(String text, Random random) {
        int at;
        do {
            at = random.nextInt(text.length());
        } while (!Character.isLetter(text.charAt(at)) || text.charAt(at) > 'z');
        char now = text.charAt(at);
        char next = (char) ('a' + (now - 'a' + 1 + random.nextInt(25)) % 26);
        return text.substring(0, at) + (next == now ? 'q' : next) + text.substring(at + 1);
    }

    @Test
    void aRememberedParseIsUsedOnlyForTheSameText() {
        qt().withExamples(400).forAll(longs().all(), longs().all()).checkAssert((tree, edit) -> {
            String text = WorkflowCodec.format(new RandomTrees(tree).workflow(), Layout.empty());
            WorkflowCodec.parse(text, "memo.yaml"); // remembered
            String edited = sameSizeEdit(text, new Random(edit));

            Throwable fresh = catchThrowable(() -> WorkflowCodec.parseText(edited, "memo.yaml"));
            Throwable memo = catchThrowable(() -> WorkflowCodec.parse(edited, "memo.yaml"));
            if (fresh != null) {
                assertThat(memo).as(edited).isNotNull().hasMessage(fresh.getMessage());
                return;
            }
            WorkflowCodec.Parsed expected = WorkflowCodec.parseText(edited, "memo.yaml");
            WorkflowCodec.Parsed got = WorkflowCodec.parse(edited, "memo.yaml");
            assertThat(got.workflow()).isEqualTo(expected.workflow());
            assertThat(WorkflowCodec.format(got.workflow(), got.layout()))
                    .isEqualTo(WorkflowCodec.format(expected.workflow(), expected.layout()));
        });
    }

    @Test
    void anEditThatKeepsSizeAndTimeIsSeenByTheNextRead() {
        Project p = new Project(dir);
        p.startReportsApi();
        Path yaml = dir.resolve("workflow-state/workflow.yaml");
        qt().withExamples(60).forAll(integers().between(0, 25)).checkAssert(letter -> {
            try {
                Workspace ws = p.ws();
                String before = ws.where().goal().title();
                String text = Files.readString(yaml);
                FileTime time = Files.getLastModifiedTime(yaml);
                char c = (char) ('a' + letter);
                String title = "Ship a public /reports REST AP" + c;
                String edited = text.replace(before, title.substring(0, before.length()));
                Files.writeString(yaml, edited);
                Files.setLastModifiedTime(yaml, time);
                assertThat(Files.size(yaml)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);

                assertThat(p.ws().where().goal().title()).isEqualTo(title.substring(0, before.length()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
