package dev.wf.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.error.WfException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTests {
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Test
    void validAgreesWithTheSlugPattern() {
        String alphabet = "az09-_A.Zé/ \n";
        qt().withExamples(20000).forAll(longs().all()).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            StringBuilder id = new StringBuilder();
            for (int n = r.nextInt(4) == 0 ? 60 + r.nextInt(8) : r.nextInt(6); n > 0; n--) {
                id.append(r.nextInt(3) > 0 ? (char) ('a' + r.nextInt(26)) : alphabet.charAt(r.nextInt(alphabet.length())));
            }

            assertThat(Ids.valid(id.toString())).as(id.toString()).isEqualTo(SLUG.matcher(id).matches());
        });
    }

    @Test
    void idsAreDerivedFromTitlesAsUniqueSlugs() {
        assertThat(Ids.derive("Ship a public /reports REST API!", Set.of())).isEqualTo("ship-a-public-reports-rest-api");
        assertThat(Ids.derive("Schema", Set.of("schema"))).isEqualTo("schema-2");
        assertThat(Ids.derive("Crème brûlée", Set.of())).isEqualTo("creme-brulee");
        assertThat(Ids.derive("???", Set.of())).isEqualTo("node");
    }

    @Test
    void derivedIdsAreAlwaysValidAndShort() {
        String id = Ids.derive("x".repeat(500), Set.of());

        assertThat(Ids.valid(id)).isTrue();
        assertThat(id.length()).isLessThanOrEqualTo(Ids.MAX);
    }

    @Test
    void pathSeparatorsAndControlCharactersAreNeverIds() {
        for (String bad : new String[] {"a/b", "a\\b", "../x", "a\u001b[31m", "", "-a", "A", "x".repeat(65)}) {
            assertThat(Ids.valid(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Ids.require("a/b")).isInstanceOf(WfException.class).hasMessageContaining("not a valid id");
    }

    @Test
    void contractPathsMustStayInsideTheProject() {
        assertThat(Paths.insideProject("docs/a.md")).isTrue();
        assertThat(Paths.insideProject("docs/../a.md")).isTrue();
        assertThat(Paths.insideProject("../a.md")).isFalse();
        assertThat(Paths.insideProject("docs/../../a.md")).isFalse();
        assertThat(Paths.insideProject("/etc/passwd")).isFalse();
        assertThat(Paths.insideProject("C:\\x")).isFalse();
    }
}
