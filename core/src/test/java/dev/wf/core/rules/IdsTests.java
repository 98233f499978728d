package dev.wf.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.WfException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTests {

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
