package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingTests {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void givesTheSha256OfTheBytes() {
        assertThat(Hashing.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void aRememberedAnswerIsGivenOnlyForTheSameBytesEvenWhenTheArrayIsChangedAfterwards() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(Hashing.sha256(bytes)).isEqualTo(ABC);

        bytes[2] = 'd';

        assertThat(Hashing.sha256(bytes)).isNotEqualTo(ABC)
                .isEqualTo("a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");
        assertThat(Hashing.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void aLargeArrayHashedAlongsideGivesTheSameAnswer() {
        byte[] large = new byte[3 * 1024 * 1024];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + (i >>> 11));
        }
        String alongside = Hashing.sha256Soon(large).get();
        byte[] copy = large.clone();
        copy[0]++; // no remembered answer for these bytes

        assertThat(alongside).isEqualTo(Hashing.sha256Soon(large).get()).isNotEqualTo(Hashing.sha256(copy));
        copy[0]--;
        assertThat(Hashing.sha256(copy)).isEqualTo(alongside);
    }

    /** The first megabytes go to wf's own SHA-256, the rest to the JDK's: the answers are the same either way. */
    @Test
    void givesTheJdksAnswerBeforeAndAfterItHandsOverToTheJdk() throws Exception {
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 4; i++) { // 4 x 3 MB: more than the 8 MB it hashes itself
            byte[] bytes = new byte[3 * 1024 * 1024];
            random.nextBytes(bytes);

            assertThat(Hashing.sha256(bytes)).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }
}
