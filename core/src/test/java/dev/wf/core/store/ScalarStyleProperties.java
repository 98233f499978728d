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
        " ", ":", "T", "Z", "2026-01-01T00:00:00Z", "é"};

    @Test
    void specialAgreesWithYamlsPattern() {
        qt().withExamples(20000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(7); i > 0; i--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }

            assertThat(ScalarStyle.special(s.toString())).as(s.toString())
                    .isEqualTo(SPECIAL.matcher(s.toString()).matches());
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
