package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wf context, check --stale and --done, done --force, and edit --script, as a user types them. */
class ContractVerbTests {
    @TempDir
    Path dir;
    private Run run;

    @BeforeEach
    void aProjectWithContracts() {
        run = new Run(dir);
        run.startReportsApi();
        run.write("docs/architecture.md", "# Arch\n\n## Data model\n\nOne table.\n\n## Deployment\n\nTwo replicas.\n");
        assertThat(run.wf("edit", "schema", "--input", "L3:reference docs/architecture.md#Data model", "--why",
                "the table", "--output", "reports table=db/schema.sql:sql").exit()).isZero();
    }

    @Test
    void contextPrintsTheSectionWithSizesAndCutsAtMaxTokens() {
        Run.Result r = run.wf("context");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("context for schema: schema (planned)",
                "── 1. L3:reference docs/architecture.md#Data model (26 bytes, ~7 tokens)", "why: the table",
                "## Data model\n\nOne table.\n", "total: 1 input(s), 26 bytes, ~7 tokens")
                .doesNotContain("Two replicas");
        assertThat(run.wf("context", "schema", "--max-tokens", "3").out()).contains("## Data mode\n",
                "[cut: --max-tokens 3 reached; ~4 more tokens of this part not shown]");
        assertThat(run.wf("context", "--json").out()).contains("\"text\":\"## Data model\\n\\nOne table.\\n\"",
                "\"tokens\":7");
    }

    @Test
    void aMissingSectionIsOneLineWithTheHeadingsAndExitThree() {
        run.wf("edit", "endpoint", "--input", "L3:reference docs/architecture.md#Security");

        Run.Result r = run.wf("context", "endpoint");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).doesNotContain("\n").contains("has no such heading; its headings: Arch,"
                + " Data model, Deployment");
        assertThat(run.wf("context", "--max-tokens", "-1").exit()).isEqualTo(2);
    }

    @Test
    void doneRefusesMissingOutputsAndForceIsLogged() {
        var before = run.snapshot();

        Run.Result refused = run.wf("done");

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("its declared outputs are missing: schema: reports table (db/schema.sql)");
        assertThat(run.snapshot()).isEqualTo(before);
        assertThat(run.wf("done", "--force").exit()).isZero();
        assertThat(run.read("workflow-state/log.jsonl")).contains("\"forced\":true",
                "\"missing_outputs\":[\"schema: reports table (db/schema.sql)\"]");
    }

    @Test
    void checkStaleExitsThreeOnceAReadSectionChanges() {
        run.write("db/schema.sql", "create table reports ();\n");
        run.wf("done");
        assertThat(run.wf("check", "--stale").exit()).isZero();

        run.write("docs/architecture.md", "# Arch\n\n## Data model\n\nTwo tables.\n\n## Deployment\n\nTwo.\n");
        Run.Result r = run.wf("check", "--stale");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("stale: docs/architecture.md#Data model changed since schema was done");
        assertThat(run.wf("check").exit()).isZero();
        assertThat(run.wf("where").out()).contains("warn:   stale: docs/architecture.md#Data model changed");
    }

    @Test
    void checkDoneListsBothListsAndExitsThreeUntilTheyHold() {
        Run.Result r = run.env("WF_SESSION", "s-1").wf("check", "--done");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("this session is done when:", "[x] the pointer names one specific leaf or open"
                + " fork: current_node: schema", "[ ] log.jsonl has a transition from this session: session s-1 has"
                + " not logged a transition yet", "the workflow is done when:", "[ ] every phase is done or skipped:"
                + " 3 left: schema, endpoint, docs");
        assertThat(run.wf("check", "--done", "--json").out()).startsWith("{\"ok\":false,\"session\":[");
    }

    @Test
    void editScriptIsCheckedForDrift() {
        run.write("scripts/schema.py", "\"\"\"Schema.\n\nReads:\n  docs/architecture.md\nWrites:\n  db/other.sql\n\"\"\"\n");

        assertThat(run.wf("edit", "schema", "--script", "scripts/schema.py").exit()).isZero();
        Run.Result r = run.wf("check");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("scripts/schema.py says it writes db/other.sql, which 'schema' does not list as"
                + " an output", "'schema' lists output db/schema.sql, which scripts/schema.py does not name under"
                + " Writes:");
        assertThat(run.wf("edit", "schema", "--script", "../elsewhere.py").exit()).isEqualTo(2);
    }
}
