package dev.wf.core.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * SHA-256 of file contents, as lowercase hex.
 *
 * <p>A change hashes the same contents several times over (the file as read, the text written, its copy, the file
 * again before it is replaced), so the last two answers are kept and given again for the very same bytes: comparing
 * bytes is many times cheaper than hashing them. The copies are softly held: memory that is short gets them back.
 */
public final class Hashing {
    private record Known(java.lang.ref.SoftReference<byte[]> bytes, String sha) {
    }

    private static final Known[] LAST = new Known[2];
    /** Arrays from this size up are hashed on a thread of their own by {@link #sha256Soon}. */
    private static final int ALONGSIDE = 512 * 1024;
    /**
     * The first bytes a process hashes go to {@link Sha256}, which needs no lookup; the JDK's digest after. Its
     * lookup costs about 10 ms once, and it is no faster under the quick compiler a command runs on; in a process
     * that lives (wf mcp) the optimising compiler gives it the CPU's SHA instructions, about 6 times faster.
     */
    private static final long OWN_UP_TO = 8L * 1024 * 1024;
    private static final AtomicLong HASHED = new AtomicLong();

    private Hashing() {
    }

    /**
     * The SHA-256 of a large array, worked out on another thread while the caller goes on (parsing the same text,
     * say): wf runs on C1 alone for a fast start, where SHA-256 gets no intrinsic and takes about as long as the
     * parse. A small array is hashed at once. The array must not change until the answer is taken.
     */
    public static Supplier<String> sha256Soon(byte[] bytes) {
        if (bytes.length < ALONGSIDE) {
            String sha = sha256(bytes);
            return () -> sha;
        }
        return Soon.of("wf-sha256", () -> sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        synchronized (LAST) {
            for (Known k : LAST) {
                if (k != null && Arrays.equals(k.bytes.get(), bytes)) {
                    return k.sha;
                }
            }
        }
        String sha = HexFormat.of().formatHex(digest(bytes));
        synchronized (LAST) {
            LAST[1] = LAST[0];
            LAST[0] = new Known(new java.lang.ref.SoftReference<>(bytes.clone()), sha);
        }
        return sha;
    }

    private static byte[] digest(byte[] bytes) {
        if (HASHED.addAndGet(bytes.length) <= OWN_UP_TO) {
            return Sha256.digest(bytes);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
