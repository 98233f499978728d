package dev.wf.core.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

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

    private Hashing() {
    }

    public static String sha256(byte[] bytes) {
        synchronized (LAST) {
            for (Known k : LAST) {
                if (k != null && Arrays.equals(k.bytes.get(), bytes)) {
                    return k.sha;
                }
            }
        }
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        synchronized (LAST) {
            LAST[1] = LAST[0];
            LAST[0] = new Known(new java.lang.ref.SoftReference<>(bytes.clone()), sha);
        }
        return sha;
    }
}
