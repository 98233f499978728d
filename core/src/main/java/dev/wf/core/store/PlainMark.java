package dev.wf.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first line of wf's copy of what it last wrote ({@code .wf-last.yaml}) when that text was exactly what wf's
 * writer gives for its tree, with nothing of a person's to keep: no comments but the lines at the top, every value
 * spelled as wf spells it. The line names the text by its SHA-256. A later write of a file with that very hash may
 * then skip comparing the file with a fresh write of its tree, a check that costs as much as the write itself. The
 * line is a YAML comment, so the copy still reads as the tree it holds.
 */
final class PlainMark {
    /** Bump when the writer writes some tree differently: marks made by an older writer then no longer apply. */
    private static final int FORM = 1;

    private PlainMark() {
    }

    static String line(String sha) {
        return "# wf-plain form " + FORM + " sha256 " + sha + "\n";
    }

    /**
     * Whether {@code snapshot} starts with the mark of the text with this hash; false when it cannot be read or is
     * not a plain file (a link to a device, say, which must not be read).
     */
    static boolean on(Path snapshot, String sha) {
        if (!Files.isRegularFile(snapshot, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] mark = line(sha).getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(snapshot)) {
            return Arrays.equals(in.readNBytes(mark.length), mark);
        } catch (IOException e) {
            return false;
        }
    }
}
