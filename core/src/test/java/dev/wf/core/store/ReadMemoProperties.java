package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.testing.RandomTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes a process remembers of each workflow.yaml ({@link ReadMemo}) are never trusted over the file: after any
 * external edit, including one that keeps the size and the modification time, a read gives what a fresh read of
 * the new bytes gives. Files of several pieces are among them, so an edit can fall in any piece, or in the last.
 */
class ReadMemoProperties {
    @TempDir
    Path dir;

    /** A comment in front of the tree, so that some files are much longer than one piece of the comparison. */
    private static final int[] PADDING = {0, 7, 300_000, 700_000};

    @Test
    void aReadAfterAnyEditGivesWhatAFreshReadGives() {
        StateFolder folder = StateFolder.root(dir);
        Path yaml = folder.yaml();
        qt().withExamples(120).forAll(longs().all(), integers().between(0, PADDING.length - 1), longs().all())
                .checkAssert((tree, padding, edit) -> {
                    try {
                        Files.createDirectories(folder.dir());
                        String text = "#" + "x".repeat(PADDING[padding]) + "\n"
                                + WorkflowCodec.format(new RandomTrees(tree).workflow(), Layout.empty());
                        Files.writeString(yaml, text);
                        FileTime time = Files.getLastModifiedTime(yaml);
                        folder.load(); // remembered
                        byte[] edited = edit(text.getBytes(StandardCharsets.UTF_8), new Random(edit));
                        Files.write(yaml, edited);
                        Files.setLastModifiedTime(yaml, time);

                        String fresh = new String(edited, StandardCharsets.UTF_8);
                        Throwable refused = catchThrowable(() -> WorkflowCodec.parseText(fresh, folder.label()));
                        Throwable failed = catchThrowable(folder::load);
                        if (refused != null) {
                            assertThat(failed).isNotNull().hasMessage(refused.getMessage());
                            return;
                        }
                        assertThat(failed).isNull();
                        StateFolder.Loaded got = folder.load();
                        assertThat(got.text()).isEqualTo(fresh);
                        assertThat(got.sha()).isEqualTo(sha256(edited));
                        assertThat(got.workflow()).isEqualTo(WorkflowCodec.parseText(fresh, "x").workflow());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * One byte changed (anywhere, or within the last few), one byte added or one taken from the end, or nothing:
     * all but the added byte keep the size.
     */
    private static byte[] edit(byte[] bytes, Random random) {
        int at = random.nextBoolean() ? random.nextInt(bytes.length) : Math.max(0, bytes.length - 1 - random.nextInt(8));
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] out = bytes.clone();
                out[at] = (byte) (out[at] == 'a' ? 'b' : 'a');
                return out;
            }
            case 1 -> {
                byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
                out[bytes.length] = '\n';
                return out;
            }
            case 2 -> {
                return Arrays.copyOf(bytes, bytes.length - 1);
            }
            default -> {
                return bytes;
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
