package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTests {
    @TempDir
    Path root;

    @Test
    void aCheckThatFailsAfterStagingLeavesNothingStagedAndNothingWritten() throws IOException {
        Path state = Files.createDirectories(root.resolve("workflow-state"));
        Path yaml = state.resolve("workflow.yaml");
        Files.writeString(yaml, "old\n");
        WfException refused = new WfException(ErrorKind.INTERNAL, "does not read back", null, "report it");
        Path[] stagedWhenChecked = new Path[1];

        Transaction tx = new Transaction(root, state).write(yaml, "new\n").writeOwn(state.resolve(".wf-last.yaml"),
                "new\n");

        assertThatThrownBy(() -> tx.commit(() -> {
            stagedWhenChecked[0] = state.resolve(Transaction.STAGING).resolve("0.tmp");
            assertThat(stagedWhenChecked[0]).exists(); // the check runs while the files are staged
            throw refused;
        })).isSameAs(refused);

        assertThat(Files.readString(yaml)).isEqualTo("old\n");
        assertThat(state.resolve(".wf-last.yaml")).doesNotExist();
        assertThat(Transaction.pending(state)).isFalse();
        assertThat(stagedWhenChecked[0]).doesNotExist();
    }

    @Test
    void aCheckThatPassesCommits() throws IOException {
        Path state = Files.createDirectories(root.resolve("workflow-state"));
        Path yaml = state.resolve("workflow.yaml");

        new Transaction(root, state).write(yaml, "new\n").commit(() -> { });

        assertThat(Files.readString(yaml)).isEqualTo("new\n");
        assertThat(Transaction.pending(state)).isFalse();
    }
}
