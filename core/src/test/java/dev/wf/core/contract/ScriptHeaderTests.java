package dev.wf.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptHeaderTests {
    @Test
    void readsThePythonDocstringShapeOfTheSeed() {
        String py = """
                #!/usr/bin/env python3
                # -*- coding: utf-8 -*-
                \"\"\"Phase 3 - Build the feature matrix.

                Join raw events with the customer dimension.

                Reads:
                data/raw/events.parquet # L4 (Phase 2 output - cleaned events)
                data/dim/customers.csv # L3 (stable: customer dimension)
                Writes:
                data/output/feature_matrix.parquet - one row per customer
                Methodology:
                - Left-join on customer_id
                \"\"\"
                import pandas
                """;

        assertThat(ScriptHeader.parse(py)).hasValueSatisfying(d -> {
            assertThat(d.reads()).containsExactly("data/raw/events.parquet", "data/dim/customers.csv");
            assertThat(d.writes()).containsExactly("data/output/feature_matrix.parquet");
        });
    }

    @Test
    void readsJavadocAfterThePackageLineAndShellAndYamlComments() {
        String java = """
                package x;

                /**
                 * Builds the handlers.
                 *
                 * Reads:
                 *   - docs/architecture.md  (L3)
                 * Writes: src/api/Reports.java, src/api/Routes.java
                 */
                class Build {}
                """;
        String sh = "#!/bin/sh\n# Reads:\n#   ./in.csv\n# Writes:\n#   out.csv\nset -e\n";

        assertThat(ScriptHeader.parse(java)).hasValue(new ScriptHeader.Declared(
                List.of("docs/architecture.md"), List.of("src/api/Reports.java",
                        "src/api/Routes.java")));
        assertThat(ScriptHeader.parse(sh)).hasValue(new ScriptHeader.Declared(List.of("in.csv"),
                List.of("out.csv")));
    }

    @Test
    void quotedPathsMayHoldSpacesAndASectionIsDropped() {
        String sh = "# Reads:\n#   `docs/my docs/f.md`  (L3)\n#   docs/d.md#Section\n# Writes:\n#   \"out/a b.csv\"\n";

        assertThat(ScriptHeader.parse(sh)).hasValue(new ScriptHeader.Declared(List.of("docs/my docs/f.md",
                "docs/d.md"), List.of("out/a b.csv")));
    }

    @Test
    void aCommentAfterTheFirstLineOfCodeIsNotTheHeader() {
        assertThat(ScriptHeader.parse("import os\n\"\"\"Reads:\n  a.txt\n\"\"\"\n")).isEmpty();
        assertThat(ScriptHeader.parse("\"\"\"Just prose.\"\"\"\n")).isEmpty();
    }
}
