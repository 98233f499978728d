package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.ops.ContractSpec;
import dev.wf.core.ops.Edit;
import dev.wf.core.report.CheckReport;
import dev.wf.core.report.ContextReport;
import dev.wf.core.testing.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTests {
    @TempDir
    Path dir;

    private static final String ARCH = """
            # Architecture

            ## Data model

            One table, reports.

            ## API conventions

            Plural paths; cursor paging.

            ## Deployment

            Two replicas.
            """;

    /** schema reads Data model and writes db/schema.sql; endpoint reads API conventions and the schema. */
    private Workspace contracts(Project p) {
        Workspace ws = p.startReportsApi();
        p.write("docs/architecture.md", ARCH);
        ws.edit("schema", inputs("L3:reference docs/architecture.md#Data model", "reports table=db/schema.sql:sql"));
        ws.edit("endpoint", inputs("L3:reference docs/architecture.md#API conventions",
                "handlers=src/api/reports.py:python"));
        ws.edit("endpoint", inputs("L4:prev-phase db/schema.sql", null));
        return ws;
    }

    private static Edit.Request inputs(String input, String output) {
        return new Edit.Request(null, null, null, null, null, null, List.of(ContractSpec.input(input, null)), null,
                output == null ? null : List.of(ContractSpec.output(output)), null);
    }

    private static Edit.Request script(String path) {
        return new Edit.Request(null, null, null, null, null, path, null, null, null, null);
    }

    /** Does the work of both phases for real: writes their outputs, then marks them done. */
    private static void build(Project p, Workspace ws) {
        p.write("db/schema.sql", "create table reports (id uuid);\n");
        ws.done("schema");
        p.write("src/api/reports.py", "def list_reports(): ...\n");
        ws.done("endpoint");
    }

    @Test
    void contextGivesOnlyTheDeclaredSectionsL3BeforeL4WithSizes() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        p.write("db/schema.sql", "create table reports (id uuid);\n");

        ContextReport r = ws.context("endpoint", null);

        assertThat(r.parts()).extracting(ContextReport.Part::source).containsExactly("L3:reference", "L4:prev-phase");
        assertThat(r.parts().get(0).text()).isEqualTo("## API conventions\n\nPlural paths; cursor paging.\n");
        assertThat(r.parts().get(1).text()).isEqualTo("create table reports (id uuid);\n");
        assertThat(r.parts().get(0).bytes()).isEqualTo(49);
        assertThat(r.parts().get(0).tokens()).isEqualTo(13);
        assertThat(r.bytes()).isEqualTo(49 + 32);
        assertThat(r.chain()).extracting(s -> s.id()).containsExactly("reports-api", "endpoint");
        assertThat(r.cut()).isFalse();
    }

    @Test
    void maxTokensCutsTheTextAndLeavesLaterPartsOut() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        p.write("db/schema.sql", "create table reports (id uuid);\n");

        ContextReport r = ws.context("endpoint", 5L);

        assertThat(r.parts().get(0).cut()).isTrue();
        assertThat(r.parts().get(0).text()).isEqualTo("## API conventions\n\n");
        assertThat(r.parts().get(1).cut()).isTrue();
        assertThat(r.parts().get(1).text()).isNull();
        assertThat(r.shownTokens()).isLessThanOrEqualTo(5);
        assertThat(r.tokens()).isEqualTo(13 + 8);
    }

    @Test
    void aMissingSectionOrFileIsAnErrorThatListsTheHeadings() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.edit("docs", inputs("L3:reference docs/architecture.md#Security", null));

        assertThatThrownBy(() -> ws.context("docs", null)).isInstanceOf(WfException.class)
                .hasMessageContaining("no such heading; its headings: Architecture, Data model, API conventions,"
                        + " Deployment")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
        assertThatThrownBy(() -> ws.context("endpoint", null)).hasMessageContaining("db/schema.sql, which does not"
                + " exist");
    }

    @Test
    void contractPathsAreValidatedWhenEdited() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        String before = p.yaml();

        assertThatThrownBy(() -> ContractSpec.input("L5:magic docs/a.md", null)).hasMessageContaining("not an input"
                + " source");
        assertThatThrownBy(() -> ContractSpec.input("L3:reference ../outside.md", null)).hasMessageContaining(
                "leaves the project");
        assertThatThrownBy(() -> ContractSpec.output("no-location")).hasMessageContaining("needs a name and a"
                + " location");
        assertThatThrownBy(() -> ws.edit("schema", script("/etc/passwd"))).hasMessageContaining("leaves the project");
        assertThatThrownBy(() -> ws.edit("schema", new Edit.Request(null, null, null, null, null, null, null,
                List.of("docs/nothing.md"), null, null))).hasMessageContaining("has no input");
        assertThat(p.yaml()).isEqualTo(before);
    }

    @Test
    void doneRefusesWhileDeclaredOutputsAreMissingUnlessForcedAndLogged() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        String before = p.yaml();

        assertThatThrownBy(() -> ws.done("schema")).isInstanceOf(WfException.class)
                .hasMessageContaining("schema: reports table (db/schema.sql)")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
        assertThat(p.yaml()).isEqualTo(before);

        Outcome o = ws.done("schema", true);

        Event status = o.events().stream().filter(e -> e.type().equals("node.status")).findFirst().orElseThrow();
        assertThat(status.data()).containsEntry("forced", true)
                .containsEntry("missing_outputs", List.of("schema: reports table (db/schema.sql)"));
    }

    @Test
    void finishingTheLastTaskChecksTheOutputsOfThePhaseItCompletes() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.add("schema", "Write the DDL", "ddl", null);

        assertThatThrownBy(() -> ws.done("ddl")).hasMessageContaining("schema: reports table (db/schema.sql)");
    }

    @Test
    void checkReportsBrokenContractsWithTheirLines() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.edit("docs", inputs("L3:reference docs/architecture.md#Security", null));
        ws.edit("docs", inputs("L4:prev-phase build/site.html", null));
        ws.edit("schema", inputs("L4:prev-phase docs/reports.md", null));
        ws.edit("docs", inputs("L4:user-upload uploads/brand.pdf", "reports page=docs/reports.md:markdown"));
        p.write("workflow-state/workflow.yaml", p.yaml().replace("        format: markdown\n",
                "        format: markdown\n        consumed_by: [endpoint]\n"));

        CheckReport r = ws.check(false);

        assertThat(r.problems()).extracting(CheckReport.Problem::message).anySatisfy(m -> assertThat(m).contains(
                "'docs' reads section 'Security' of docs/architecture.md, which has no such heading"))
                .anySatisfy(m -> assertThat(m).contains("'docs' reads build/site.html as L4:prev-phase, but no"
                        + " earlier node declares it as an output"))
                .anySatisfy(m -> assertThat(m).contains("'schema' reads docs/reports.md as L4:prev-phase",
                        "it is an output of 'docs', which comes after it"))
                .anySatisfy(m -> assertThat(m).contains("lists its consumers under 'consumed_by'"))
                .noneSatisfy(m -> assertThat(m).contains("uploads/brand.pdf"));
        assertThat(r.problems()).allSatisfy(x -> assertThat(x.where()).matches("workflow-state/workflow\\.yaml:\\d+"));
    }

    @Test
    void uploadsMustBeThereOnceWorkStartsAndOutputsOnceDone() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.edit("schema", inputs("L4:user-upload uploads/sample.csv", null));
        ws.jump("schema", "start");
        assertThat(ws.check(false).problems()).extracting(CheckReport.Problem::message).anySatisfy(m ->
                assertThat(m).contains("'schema' reads uploads/sample.csv, which does not exist ('schema' is"
                        + " in-progress)"));

        p.write("uploads/sample.csv", "a,b\n");
        p.write("db/schema.sql", "create table reports (id uuid);\n");
        ws.done("schema");
        p.delete("db/schema.sql");

        assertThat(ws.check(false).problems()).extracting(CheckReport.Problem::message).containsExactly(
                "phases[0].outputs[0]: 'schema' is done but its output 'reports table' (db/schema.sql) does not exist",
                "phases[1].inputs[1]: 'endpoint' reads db/schema.sql, which does not exist ('endpoint' is"
                        + " in-progress)");
    }

    @Test
    void checkReportsScriptDriftInBothDirections() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        p.write("scripts/endpoint.py", """
                \"\"\"Endpoint handlers.

                Reads:
                    docs/architecture.md   # L3
                    docs/style.md          # L3
                Writes:
                    src/api/reports.py     - handlers
                \"\"\"
                """);
        ws.edit("endpoint", script("scripts/endpoint.py"));

        List<String> drift = ws.check(false).problems().stream().map(CheckReport.Problem::message).toList();

        assertThat(drift).containsExactlyInAnyOrder(
                "phases[1].script: scripts/endpoint.py says it reads docs/style.md, which 'endpoint' does not list as"
                        + " an input",
                "phases[1].script: 'endpoint' lists input db/schema.sql, which scripts/endpoint.py does not name"
                        + " under Reads:");
    }

    @Test
    void editingASectionMakesItsReadersAndTheirConsumersStaleAndNothingElse() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        build(p, ws);
        assertThat(ws.check(false).stale()).isEmpty();

        p.write("docs/architecture.md", ARCH.replace("Two replicas.", "Three replicas."));
        assertThat(ws.check(false).stale()).isEmpty();

        p.write("docs/architecture.md", ARCH.replace("## Deployment\n\nTwo replicas.\n", "")
                .replace("# Architecture\n", "# Architecture\n\n## Deployment\n\nTwo replicas.\n"));
        assertThat(ws.check(false).stale()).as("reordering sections").isEmpty();

        p.write("docs/architecture.md", ARCH.replace("One table", "Two tables"));
        assertThat(ws.check(false).stale()).containsExactly(
                "stale: docs/architecture.md#Data model changed since schema was done",
                "stale: endpoint reads db/schema.sql from schema, which is stale");
        assertThat(ws.where().warnings()).contains("stale: docs/architecture.md#Data model changed since schema was"
                + " done");

        p.write("docs/architecture.md", ARCH.replace("## Data model", "## The data model"));
        assertThat(ws.check(false).stale()).as("a renamed heading is a change").hasSize(2);
    }

    @Test
    void anInputChangedWhileTheWorkWasInProgressStaysStaleUntilTheWorkIsRedone() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.jump("schema", "start");
        p.write("docs/architecture.md", ARCH.replace("One table", "Two tables"));
        assertThat(ws.check(false).stale()).containsExactly(
                "stale: docs/architecture.md#Data model changed since work on schema started");

        p.write("db/schema.sql", "create table reports (id uuid);\n");
        ws.done("schema");
        assertThat(ws.check(false).stale()).containsExactly(
                "stale: docs/architecture.md#Data model changed while schema was in progress",
                "stale: endpoint reads db/schema.sql from schema, which is stale");

        ws.jump("schema", "redo it against the new data model");
        ws.done("schema");
        assertThat(ws.check(false).stale()).isEmpty();
    }

    @Test
    void aTaskGetsTheInputsOfItsPhaseAndWhereShowsTheCurrentContractsProblems() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);
        ws.add("schema", "Write the DDL", "ddl", null);

        ContextReport r = ws.context("ddl", null);

        assertThat(r.parts()).singleElement().satisfies(part -> {
            assertThat(part.from()).isEqualTo("schema");
            assertThat(part.text()).startsWith("## Data model");
        });
        p.write("docs/architecture.md", ARCH.replace("## Data model", "## Model"));
        assertThat(ws.where().current().id()).isEqualTo("ddl");
        assertThat(ws.where().warnings()).anySatisfy(w -> assertThat(w).startsWith("contract: 'schema' reads section"
                + " 'Data model' of docs/architecture.md, which has no such heading"));
    }

    @Test
    void editRefusesDuplicatesAndNotesWhatCheckWillReport() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);

        assertThatThrownBy(() -> ws.edit("schema", inputs("L3:reference docs/architecture.md#Data model", null)))
                .hasMessageContaining("'schema' already reads docs/architecture.md#Data model");
        assertThatThrownBy(() -> ws.edit("schema", inputs("L3:reference docs/other.md", "reports table=x.sql")))
                .hasMessageContaining("already has an output named 'reports table'");
        Outcome o = ws.edit("docs", inputs("L3:reference docs/we\\#ird.md#Intro", null));

        assertThat(p.yaml()).contains("file: docs/we#ird.md", "section: Intro");
        assertThat(o.notices()).singleElement().satisfies(n -> assertThat(n).startsWith("note: 'docs' reads"
                + " docs/we#ird.md, which does not exist"));
        assertThatThrownBy(() -> ws.edit("docs", new Edit.Request(null, null, null, "", null, "", null, null, null,
                null))).as("clearing what is not set").hasMessageContaining("nothing to change");
    }

    @Test
    void doneMeansListsWhatIsLeftForTheSessionAndTheWorkflow() {
        Project p = new Project(dir);
        Workspace ws = contracts(p);

        var d = ws.doneMeans();

        assertThat(d.ok()).isFalse();
        assertThat(d.session()).extracting(i -> i.what() + "=" + i.ok()).containsExactly(
                "workflow.yaml holds a valid tree (goal → phases → tasks)=true",
                "the pointer names one specific leaf or open fork=true",
                "current-pointer.md says where we are and what is next=true",
                "log.jsonl has a transition from this session=false",
                "no in-progress step untouched for 14 days=true");
        assertThat(d.workflow()).extracting(i -> i.ok()).containsExactly(false, true, false, false);
        assertThat(d.workflow().get(0).detail()).isEqualTo("3 left: schema, endpoint, docs");
    }
}
