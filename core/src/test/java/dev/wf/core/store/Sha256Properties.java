package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Properties {
    @Test
    void agreesWithTheJdkAtEveryLengthAroundTheBlockEdges() {
        agreesWithTheJdk(3000, 0, 300);
    }

    @Test
    void agreesWithTheJdkOnLongArrays() {
        agreesWithTheJdk(40, 300, 200_000);
    }

    private static void agreesWithTheJdk(int examples, int shortest, int longest) {
        qt().withExamples(examples).forAll(integers().between(shortest, longest), longs().all())
                .checkAssert((length, seed) -> {
                    byte[] bytes = new byte[length];
                    new Random(seed).nextBytes(bytes);

                    assertThat(Sha256.digest(bytes)).as("%d bytes", length).isEqualTo(jdk(bytes));
                });
    }

    /** FIPS 180-4's examples, so that the JDK is not the only witness. */
    @Test
    void givesThePublishedDigests() {
        assertThat(hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(hex("a".repeat(1_000_000)))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(Sha256.digest(ascii.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] jdk(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
