package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScalarStyleProperties {
    /** YAML's numbers, booleans and nulls, the long way: what the quick checks of ScalarStyle must agree with. */
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-f_]+|0o[0-7_]+|[-+]?\\.inf|\\.nan|<<");
    private static final String[] PIECES = {"0", "1", "7", "9", "_", ".", "+", "-", "e", "E", "x", "X", "o", "O",
        "a", "f", "F", "g", "inf", "nan", "true", "FALSE", "Yes", "no", "ON", "off", "y", "N", "null", "~", "<", "<<",
        " ", ":", "T", "Z", "2026-01-01T00:00:00Z", "é", "ſ", "\u212A", "\u0130", "s", "u", "l", "r"};

    @Test
    void specialAgreesWithYamlsPattern() {
        qt().withExamples(20000).forAll(longs().all()).checkAssert(seed -> {
            String s = joined(new Random(seed), PIECES, 7);

            assertThat(ScalarStyle.special(s)).as(s).isEqualTo(SPECIAL.matcher(s).matches());
        });
    }

    /** Fewer than {@code bound} pieces, picked at random and joined. */
    private static String joined(Random r, String[] pieces, int bound) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(bound); i > 0; i--) {
            s.append(pieces[r.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    /** The first, slower spelling of plainSyntax: what the one-pass version must agree with. */
    private static boolean plainSyntaxReference(String s) {
        if (s.isEmpty() || !s.strip().equals(s) || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        return s.codePoints().allMatch(cp -> cp >= 0x20 && ScalarStyle.printable(cp) && cp != 0x85 && cp != 0xfeff
                && cp != 0x2028 && cp != 0x2029);
    }

    @Test
    void plainSyntaxAgreesWithItsFirstSpelling() {
        String[] pieces = {"a", "Z", " ", ":", "#", "-", "?", "\t", "\n", "\u3000", "\u00a0", "\u0085", "\ufeff",
            "\u2028", "😀", "\ud800", "\udc00", "é", "'", "\"", "x: y", "x #y", "x#y", "x:y", "\u0001"};
        qt().withExamples(20000).forAll(longs().all()).checkAssert(seed -> {
            String s = joined(new Random(seed), pieces, 6);

            assertThat(ScalarStyle.plainSyntax(s)).as(s).isEqualTo(plainSyntaxReference(s));
        });
    }

    @Test
    void plainSyntaxRefusesWhatYamlCannotReadPlain() {
        assertThat(ScalarStyle.plainSyntax("Write the API (v2)")).isTrue();
        assertThat(ScalarStyle.plainSyntax("日本 ü")).isTrue();
        assertThat(ScalarStyle.plainSyntax("tab\there")).isFalse();
        assertThat(ScalarStyle.plainSyntax("next\u0085line")).isFalse();
        assertThat(ScalarStyle.plainSyntax("bom\ufeff")).isFalse();
        assertThat(ScalarStyle.plainSyntax("emoji 😀")).isTrue();
        assertThat(ScalarStyle.plainSyntax("lone \ud800 surrogate")).isFalse();
        assertThat(ScalarStyle.plainSyntax("a: b")).isFalse();
    }
}
