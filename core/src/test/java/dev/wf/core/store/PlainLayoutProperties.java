package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Workflow;
import dev.wf.core.testing.RandomTrees;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file that is exactly what wf writes (under comment lines or not) is written again without scanning its layout:
 * whatever tree is then written with it, the text is the one the scanned layout gives.
 */
class PlainLayoutProperties {
    private static final String[] HEADS = {"", "# yaml-language-server: $schema=workflow.schema.json\n",
        "# a note\n\n", "\n# one\n# two\n", "  # indented\n"};

    @Test
    void writingWithTheShortLayoutGivesWhatTheScannedLayoutGives() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String[] pieces = r.nextBoolean() ? RandomTrees.TAME : null;
            Workflow before = trees(seed, pieces).workflow();
            Workflow after = trees(seed + 1, pieces).workflow();
            String plain = WorkflowCodec.format(before, Layout.empty());
            if (r.nextBoolean()) { // as the templates have it, and so every file wf starts
                plain = plain.replaceFirst("\ncurrent_node:", "\nforks: []\ncurrent_node:");
            }
            String text = HEADS[r.nextInt(HEADS.length)] + plain;

            Layout quick = WorkflowCodec.parseText(text, "w.yaml").layout();
            Layout scanned = YamlReader.read(text, "w.yaml").layout();

            assertThat(WorkflowCodec.format(after, quick)).as(text).isEqualTo(WorkflowCodec.format(after, scanned));
            assertThat(WorkflowCodec.format(before, quick)).isEqualTo(text.startsWith("  #")
                    ? WorkflowCodec.format(before, scanned) : text);
        });
    }

    @Test
    void aTextWrittenWithTheShortLayoutGetsAShortLayoutThatWritesAsTheScannedOne() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String[] pieces = r.nextBoolean() ? RandomTrees.TAME : null;
            String plain = WorkflowCodec.format(trees(seed, pieces).workflow(), Layout.empty());
            if (r.nextBoolean()) {
                plain = plain.replaceFirst("\ncurrent_node:", "\nforks: []\ncurrent_node:");
            }
            String text = HEADS[r.nextInt(HEADS.length)] + plain;
            Layout read = WorkflowCodec.parseText(text, "w.yaml").layout();
            String written = WorkflowCodec.format(trees(seed + 1, pieces).workflow(), read);

            Layout again = WorkflowCodec.parseWritten(written, "w.yaml", read).layout();

            Workflow next = trees(seed + 2, pieces).workflow();
            assertThat(again.plain()).isEqualTo(read.plain());
            assertThat(WorkflowCodec.format(next, again)).as(written)
                    .isEqualTo(WorkflowCodec.format(next, YamlReader.read(written, "w.yaml").layout()));
        });
    }

    private static RandomTrees trees(long seed, String[] pieces) {
        return pieces == null ? new RandomTrees(seed) : new RandomTrees(seed, pieces);
    }
}
