package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Workflow;
import dev.wf.core.testing.RandomTrees;
import org.junit.jupiter.api.Test;

class YamlRoundTripProperties {

    @Test
    void writingThenReadingGivesTheSameWorkflow() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Workflow w = new RandomTrees(seed).workflow();

            String text = WorkflowCodec.format(w, Layout.empty());
            Workflow back = WorkflowCodec.parse(text, "w.yaml").workflow();

            assertThat(back).as(text).isEqualTo(w);
        });
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            String text = WorkflowCodec.format(new RandomTrees(seed).workflow(), Layout.empty());

            WorkflowCodec.Parsed parsed = WorkflowCodec.parse(text, "w.yaml");

            assertThat(WorkflowCodec.format(parsed.workflow(), parsed.layout())).isEqualTo(text);
        });
    }

    @Test
    void anyStringSurvivesAsATitle() {
        qt().withExamples(1000).forAll(org.quicktheories.generators.SourceDSL.strings().allPossible()
                .ofLengthBetween(1, 40)).checkAssert(title -> {
            Workflow w = new RandomTrees(1).workflow();
            Workflow titled = w.withGoal(new dev.wf.core.model.Goal("goal", title, w.goal().status(), null, null,
                    null));

            Workflow back = WorkflowCodec.parse(WorkflowCodec.format(titled, Layout.empty()), "w.yaml").workflow();

            assertThat(back.goal().title()).isEqualTo(title);
        });
    }
}
