package dev.wf.core.store;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes last read from each workflow.yaml in this process, with the text, hash and parse they gave. A process
 * that lives (wf mcp, wf daemon) reads the same large file again and again; comparing an unchanged file with the
 * bytes it had, a piece at a time, needs no copy of the whole file and no decoding (a changed file of the same size
 * is read twice, once to find the change). An entry is given back only when every byte of the file is the same: a
 * file's size and time are never trusted. What is kept is bounded, by files and by bytes, and softly held.
 */
final class ReadMemo {
    /** What a file's bytes gave when they were last read. */
    record Read(byte[] bytes, String text, String sha, WorkflowCodec.Parsed parsed) {
    }

    private static final int FILES = 16;
    /** Beyond this many bytes of files (their texts and trees come on top), the least recently read go first. */
    private static final long BYTES = 64L * 1024 * 1024;
    private static final int PIECE = 256 * 1024;
    /** In order of use, the least recent first. */
    private static final Map<Path, SoftReference<Read>> LAST = new LinkedHashMap<>(32, 0.75f, true);
    /** One buffer for the comparisons, which hold the lock: reused, it costs nothing per read. */
    private static ByteBuffer piece;

    private ReadMemo() {
    }

    /** What {@code file} gave when it was last read, if it holds exactly the same bytes now; else null. */
    static synchronized Read same(Path file, long size) throws IOException {
        SoftReference<Read> ref = LAST.get(file.toAbsolutePath());
        Read last = ref == null ? null : ref.get();
        if (last == null || last.bytes.length != size) {
            return null;
        }
        if (piece == null) {
            piece = ByteBuffer.allocateDirect(PIECE);
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            int at = 0;
            while (true) {
                piece.clear();
                int n = fill(in, piece);
                piece.flip();
                if (n == 0) {
                    return at == last.bytes.length ? last : null; // all of it, and not a byte more
                }
                if (at + n > last.bytes.length || ByteBuffer.wrap(last.bytes, at, n).mismatch(piece) >= 0) {
                    return null;
                }
                at += n;
            }
        }
    }

    static synchronized void remember(Path file, Read read) {
        LAST.put(file.toAbsolutePath(), new SoftReference<>(read));
        long kept = 0;
        for (SoftReference<Read> ref : LAST.values()) {
            Read r = ref.get();
            kept += r == null ? 0 : r.bytes.length;
        }
        var eldest = LAST.values().iterator();
        while (LAST.size() > 1 && (LAST.size() > FILES || kept > BYTES)) {
            Read r = eldest.next().get();
            kept -= r == null ? 0 : r.bytes.length;
            eldest.remove();
        }
    }

    /** Reads until the buffer is full or the file ends; the count read. */
    private static int fill(FileChannel in, ByteBuffer buf) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
