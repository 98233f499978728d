package dev.wf.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsTests {
    private static final String DOC = """
            ---
            title: front matter
            # not a heading
            ---
            # Architecture

            Intro.

            ## API conventions

            Paths are plural.

            ```md
            ## Not a heading (inside a fence)
            ```

            ### Authentication

            Bearer tokens.

            ## Data model ##

            One table.

            Deployment
            ----------

            Two replicas.
            """;

    @Test
    void findsAtxAndSetextHeadingsButNotFrontMatterOrFencedLines() {
        assertThat(Sections.headings(DOC)).extracting(Sections.Heading::text)
                .containsExactly("Architecture", "API conventions", "Authentication", "Data model", "Deployment");
        assertThat(Sections.headings(DOC)).extracting(Sections.Heading::level).containsExactly(1, 2, 3, 2, 2);
    }

    @Test
    void aSectionRunsToTheNextHeadingOfTheSameOrAHigherLevel() {
        assertThat(Sections.section(DOC, "API conventions")).hasValue("""
                ## API conventions

                Paths are plural.

                ```md
                ## Not a heading (inside a fence)
                ```

                ### Authentication

                Bearer tokens.
                """);
        assertThat(Sections.section(DOC, "Deployment")).hasValue("Deployment\n----------\n\nTwo replicas.\n");
    }

    @Test
    void namesMatchExactlyThenIgnoringCaseAndLeadingHashes() {
        assertThat(Sections.section(DOC, "## data MODEL")).hasValue("## Data model ##\n\nOne table.\n");
        assertThat(Sections.section(DOC, "Data")).isEmpty();
    }

    @Test
    void lineEndsAndTrailingBlankLinesDoNotChangeASection() {
        String crlf = DOC.replace("\n", "\r\n") + "\r\n\r\n";

        assertThat(Sections.section(crlf, "Deployment")).isEqualTo(Sections.section(DOC, "Deployment"));
    }

    @Test
    void reorderingOtherSectionsKeepsASectionAndRenamingItsHeadingLosesIt() {
        String reordered = "# A\n\n## Deployment\n\nTwo replicas.\n\n## Data model\n\nOne table.\n";
        String original = "# A\n\n## Data model\n\nOne table.\n\n## Deployment\n\nTwo replicas.\n";

        assertThat(Sections.section(reordered, "Data model")).isEqualTo(Sections.section(original, "Data model"));
        assertThat(Sections.section(original.replace("## Data model", "## Data models"), "Data model")).isEmpty();
    }
}
