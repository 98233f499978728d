package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state folder in trouble: a file replaced by a folder, a read-only folder, a full filesystem. Each gives one
 * clear line and exit 1, nothing is half-written, and the next command succeeds once the cause is gone.
 */
class DiskTroubleTests {
    @TempDir
    Path dir;

    @Test
    void aViewReplacedByAFolderStopsTheChangeBeforeAnythingIsWritten() throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        Path pointer = dir.resolve("workflow-state/current-pointer.md");
        Files.delete(pointer);
        Files.createDirectory(pointer);
        Map<String, String> before = run.snapshot();

        Run.Result r = run.wf("done");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("current-pointer.md is a folder");
        assertThat(run.snapshot()).isEqualTo(before);
        Files.delete(pointer);
        assertThat(run.wf("done").exit()).isZero();
        assertThat(run.wf("check").exit()).isZero();
    }

    @Test
    void aReadOnlyStateFolderIsAClearErrorAndNothingIsLost() throws Exception {
        Run run = new Run(dir);
        run.startReportsApi();
        Path state = dir.resolve("workflow-state");
        state.toFile().setWritable(false);
        try {
            assumeTrue(!Files.isWritable(state), "permissions do not bind this user (root)");
            String yaml = Files.readString(state.resolve("workflow.yaml"));

            Run.Result r = run.wf("done");

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("wf: ");
            assertThat(Files.readString(state.resolve("workflow.yaml"))).isEqualTo(yaml);
        } finally {
            state.toFile().setWritable(true);
        }
        assertThat(run.wf("done").exit()).isZero();
        assertThat(run.wf("check").exit()).isZero();
    }

    @Test
    void aFullFilesystemFailsTheWriteCleanlyAndTheNextOneSucceeds() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("small"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", mnt.toString()) == 0,
                "mounting a small tmpfs needs privileges this run does not have");
        try {
            Run run = new Run(mnt);
            run.startReportsApi();
            for (int i = 0; i < 6; i++) {
                run.wf("add", "endpoint", "task " + i, "--id", "t" + i);
            }
            Path filler = mnt.resolve("filler.bin");
            fill(filler);
            Map<String, String> before = run.snapshot();
            before.remove("filler.bin");

            Run.Result r = run.wf("edit", "schema", "--notes", "x".repeat(60_000));

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("wf: ");
            Map<String, String> after = run.snapshot();
            after.remove("filler.bin");
            assertThat(after).isEqualTo(before);
            Files.delete(filler);
            assertThat(run.wf("check").exit()).isZero();
            assertThat(run.wf("edit", "schema", "--notes", "fits now").exit()).isZero();
        } finally {
            sh("umount", mnt.toString());
        }
    }

    /** Writes zeros until the filesystem is full, then frees a little so that wf can start up and fail later. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // full
        }
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, Files.size(file) - 8192));
        }
    }

    private static int sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
