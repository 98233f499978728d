package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.ops.ContractSpec;
import dev.wf.core.ops.Edit;
import dev.wf.core.report.WorkflowSummary;
import dev.wf.core.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Nested forks, finishing, graduation, operations and runs. */
class LadderTests {
    @TempDir
    Path dir;

    /** root › rate-limiter › token-bucket, both finished and resumed; the root's endpoint is in progress. */
    private Workspace nested(Project p) {
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.fork("need a rate limiter", "rate-limiter", null, null);
        ws.add("rate-limiter", "Pick an algorithm", "algo", null);
        ws.add("rate-limiter", "Wire it in", "wire", null);
        ws.fork("need a token bucket", "token-bucket", null, null);
        ws.add("token-bucket", "Write the bucket", "bucket", null);
        p.write("lib/bucket.py", "class Bucket: ...\n");
        ws.edit("token-bucket/bucket", new Edit.Request(null, null, null, null, "1. refill\n2. take\n", null, null,
                null, List.of(ContractSpec.output("bucket=lib/bucket.py:python")), null));
        return ws;
    }

    private static void finishForks(Workspace ws) {
        ws.done(null);
        ws.resume(null);
        ws.done(null);
        ws.done(null);
        ws.resume(null);
    }

    @Test
    void forksNestAndResumeReturnsOneLevelAtATime() {
        Project p = new Project(dir);
        Workspace ws = nested(p);
        assertThat(ws.where().chain()).extracting(l -> l.workflow())
                .containsExactly("reports-api", "rate-limiter", "token-bucket");

        ws.done(null);
        ws.resume(null);
        assertThat(ws.where().chain()).extracting(l -> l.workflow()).containsExactly("reports-api", "rate-limiter");
        assertThat(ws.where().current().id()).isEqualTo("algo");

        ws.done(null);
        ws.done(null);
        ws.resume(null);
        assertThat(ws.where().chain()).extracting(l -> l.workflow()).containsExactly("reports-api");
        assertThat(ws.where().current().id()).isEqualTo("endpoint");
        assertThat(ws.list()).extracting(s -> s.kind() + ":" + s.handle() + ":" + s.depth())
                .containsExactly("root::0", "fork:rate-limiter:1", "fork:rate-limiter/token-bucket:2");
    }

    @Test
    void finishRefusesUnfinishedWorkThenNotesWhatShippedOnce() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String before = p.yaml();

        assertThatThrownBy(() -> ws.finish("the endpoint", false)).isInstanceOf(WfException.class)
                .hasMessageContaining("3 step(s) left: schema, endpoint, docs")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
        assertThat(p.yaml()).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("PROGRESS.md"))).isFalse();

        ws.done(null);
        ws.done(null);
        ws.done(null);
        Outcome o = ws.finish("the /reports endpoint", true);

        assertThat(o.message()).contains("It will recur", "wf operation create");
        assertThat(p.read("PROGRESS.md")).contains("## 2026-11-01: Ship a public /reports REST API (reports-api)",
                "- Shipped: the /reports endpoint", "- Will it recur? yes");
        assertThat(p.log()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo("workflow.completed");
            assertThat(e.data()).containsEntry("recur", "yes").containsEntry("shipped", "the /reports endpoint");
        });
        assertThat(ws.doneMeans().workflow()).allSatisfy(i -> assertThat(i.ok()).isTrue());
        assertThatThrownBy(() -> ws.finish("again", false)).hasMessageContaining("already finished");
    }

    @Test
    void graduationRefusesOpenAndOnceRunForksUnlessForced() {
        Project p = new Project(dir);
        Workspace ws = nested(p);

        assertThatThrownBy(() -> ws.graduateSkill("rate-limiter/token-bucket", "bucket", null, List.of(), true))
                .hasMessageContaining("fork 'token-bucket' is still open");
        finishForks(ws);
        assertThatThrownBy(() -> ws.graduateSkill("rate-limiter/token-bucket", "bucket", null, List.of(), false))
                .hasMessageContaining("'need a token bucket' has run once")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
        assertThatThrownBy(() -> ws.graduateSkill("rate-limiter/token-bucket", "Not A Slug", null, List.of(), true))
                .hasMessageContaining("skill name 'Not A Slug' is not a slug");
        assertThat(Files.exists(dir.resolve(".claude"))).isFalse();
    }

    @Test
    void aSkillCarriesTheSubWorkflowsProcessAndContracts() {
        Project p = new Project(dir);
        Workspace ws = nested(p);
        finishForks(ws);

        ws.graduateSkill("rate-limiter/token-bucket", "token-bucket", null, List.of(), true);

        String skill = p.read(".claude/skills/token-bucket/SKILL.md");
        String[] parts = skill.split("---\n", 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> front = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(parts[1]);
        assertThat(front).containsEntry("name", "token-bucket")
                .containsEntry("triggers", List.of("need a token bucket", "write the bucket"));
        assertThat((String) front.get("description")).startsWith("need a token bucket. Unblocks 'algo'");
        assertThat(parts[2]).contains("## Process", "### 1. Write the bucket", "1. refill\n2. take",
                "Writes:\n- bucket → `lib/bucket.py` (python)");
        assertThat(p.read("workflow-state/forks/rate-limiter/workflow.yaml"))
                .contains("graduated_to: .claude/skills/token-bucket");
        assertThatThrownBy(() -> ws.graduateSkill("rate-limiter/token-bucket", "other", null, List.of(), true))
                .hasMessageContaining("has already graduated to .claude/skills/token-bucket");
    }

    @Test
    void graduatingIntoAHostAddsAPhaseThatReadsTheSubWorkflowsOutputs() throws java.io.IOException {
        Project p = new Project(dir);
        Workspace ws = nested(p);
        finishForks(ws);
        Workspace ops = Workspace.at(dir.resolve("ops"), Settings.builder().build());
        ops.start(new StartRequest("Monthly upkeep", null, null, List.of("audit", "patch", "report"), "upkeep",
                false, false, false));

        assertThatThrownBy(() -> ws.graduateInto("rate-limiter/token-bucket", "workflow-state/forks/rate-limiter",
                true)).hasMessageContaining("--into names the workflow the fork already belongs to");
        ws.graduateInto("rate-limiter/token-bucket", "ops#audit", true);

        String host = Files.readString(dir.resolve("ops/workflow-state/workflow.yaml"));
        assertThat(host).contains("  - id: token-bucket\n    title: need a token bucket\n    status: planned\n",
                "file: lib/bucket.py", "1. Write the bucket");
        assertThat(host.indexOf("id: token-bucket")).isBetween(host.indexOf("id: audit"), host.indexOf("id: patch"));
        assertThat(p.log("ops/workflow-state/log.jsonl")).extracting(Event::type).contains("fork.graduated");
        assertThat(p.log("workflow-state/forks/rate-limiter/log.jsonl")).extracting(Event::type)
                .contains("fork.graduated");
        assertThat(p.read("workflow-state/forks/rate-limiter/workflow.yaml"))
                .contains("graduated_to: ops/token-bucket");
    }

    @Test
    void anOperationRunsOncePerPeriodFromAFreshCopyOfItsTemplate() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        assertThatThrownBy(() -> ws.createOperation("monthly", "workflow-state")).hasMessageContaining("is not"
                + " finished");
        ws.done(null);
        ws.done(null);
        ws.done(null);
        ws.edit("schema", new Edit.Request("Schema for {{period}}", null, null, null, null, null, null, null, null,
                null));
        ws.createOperation("monthly", "workflow-state");

        ws.run("monthly", "2026-11");
        ws.run("monthly", "2026-12");

        assertThat(p.read("runs/2026-11/workflow-state/workflow.yaml")).contains("title: Schema for 2026-11",
                "status: planned", "current_node: schema").doesNotContain("completed_at");
        assertThat(p.log("runs/2026-12/workflow-state/log.jsonl")).first().satisfies(e -> {
            assertThat(e.type()).isEqualTo("run.started");
            assertThat(e.data()).containsEntry("operation", "monthly").containsEntry("period", "2026-12");
        });
        assertThat(p.log("operations/monthly/workflow-state/log.jsonl")).extracting(Event::type)
                .containsExactly("workflow.started", "run.started", "run.started");
        assertThatThrownBy(() -> ws.run("monthly", "2026-11")).hasMessageContaining("has already run for 2026-11")
                .extracting(e -> ((WfException) e).kind()).isEqualTo(ErrorKind.RULE);
        assertThatThrownBy(() -> ws.run("monthly", "2026-13")).hasMessageContaining("is not a month");
        assertThatThrownBy(() -> ws.run("weekly", null)).hasMessageContaining("no operation 'weekly'; there are:"
                + " monthly");
        assertThat(ws.list()).extracting(s -> s.kind() + ":" + s.handle() + ":" + s.operation()).containsExactly(
                "root::null", "operation:operations/monthly:null", "run:runs/2026-11:monthly",
                "run:runs/2026-12:monthly");
        assertThat(new Project(dir.resolve("runs/2026-11")).ws().where().current().id()).isEqualTo("schema");
    }

    @Test
    void eventDataKeysKeepOneOrderFromRunToRun() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.done(null);
        ws.done(null);

        ws.finish("the endpoint", false);
        ws.createOperation("monthly", "workflow-state");
        ws.run("monthly", "2026-11");

        assertThat(p.read("workflow-state/log.jsonl"))
                .contains("\"data\":{\"shipped\":\"the endpoint\",\"recur\":\"no\"}");
        assertThat(p.read("operations/monthly/workflow-state/log.jsonl")).contains(
                "\"data\":{\"operation\":\"monthly\",\"from\":\"workflow-state\"}",
                "\"data\":{\"period\":\"2026-11\",\"run\":\"runs/2026-11\"}");
        assertThat(p.read("runs/2026-11/workflow-state/log.jsonl")).contains(
                "\"data\":{\"operation\":\"monthly\",\"period\":\"2026-11\",\"template\":\"operations/monthly\"}");
    }

    @Test
    void withTwoOperationsRunsGoUnderTheirNameAndPeriodsStayPerOperation() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.done(null);
        ws.done(null);
        ws.createOperation("monthly", "workflow-state");
        ws.run("monthly", "2026-11");
        ws.createOperation("audit", "workflow-state");

        ws.run("audit", "2026-11");

        assertThat(Files.isRegularFile(dir.resolve("runs/audit/2026-11/workflow-state/workflow.yaml"))).isTrue();
        assertThatThrownBy(() -> ws.run("monthly", "2026-11")).hasMessageContaining("runs/2026-11");
        assertThat(ws.list()).extracting(WorkflowSummary::handle).containsExactly("", "operations/audit",
                "runs/audit/2026-11", "operations/monthly", "runs/2026-11");
    }

    @Test
    void aRunReadsContractFilesFromTheProjectThatHoldsIt() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        p.write("docs/architecture.md", "# A\n\n## Data model\n\nOne table.\n");
        ws.edit("schema", new Edit.Request(null, null, null, null, null, null, List.of(ContractSpec.input(
                "L3:reference docs/architecture.md#Data model", null)), null, List.of(ContractSpec.output(
                "schema=db/{{period}}.sql:sql")), null));
        p.write("db/{{period}}.sql", "-- the template's own output\n");
        ws.done(null);
        ws.done(null);
        ws.done(null);
        ws.createOperation("monthly", "workflow-state");
        ws.run("monthly", "2026-11");
        Workspace run = new Project(dir.resolve("runs/2026-11")).ws();

        assertThat(run.check(false).problems()).isEmpty();
        assertThat(run.context("schema", null).parts().get(0).text()).startsWith("## Data model");
        assertThatThrownBy(() -> run.done(null)).hasMessageContaining("schema: schema (db/2026-11.sql)");
        p.write("db/2026-11.sql", "create table reports ();\n");
        run.done(null);
        run.done(null);
        run.done(null);
        run.finish("November's schema", false);
        assertThat(p.read("PROGRESS.md")).contains("- Shipped: November's schema");
    }

    @Test
    void graduationNamesRealHostsAndPhasesAndRootNodesCanBeNamedFromAFork() {
        Project p = new Project(dir);
        Workspace ws = nested(p);
        ws.add("bucket", "Same id as a root node", "docs", null);
        assertThat(ws.edit("/docs", new Edit.Request("Docs (root)", null, null, null, null, null, null, null, null,
                null)).events()).singleElement().satisfies(e -> assertThat(e.node()).isEqualTo("docs"));
        assertThat(p.yaml()).contains("title: Docs (root)");
        ws.done(null);
        ws.resume(null);
        ws.done(null);
        ws.done(null);
        ws.resume(null);

        assertThatThrownBy(() -> ws.graduateInto("rate-limiter/token-bucket", "workflow-state/forks/rate-limiter"
                + "/forks/token-bucket", true)).hasMessageContaining("already belongs to");
        assertThatThrownBy(() -> ws.graduateInto("rate-limiter", "workflow-state/forks/rate-limiter/forks/"
                + "token-bucket", true)).hasMessageContaining("the sub-workflow of fork 'token-bucket'");
        Workspace ops = Workspace.at(dir.resolve("ops"), Settings.builder().build());
        ops.start(new StartRequest("Upkeep", null, null, List.of("audit", "patch", "report"), null, false, false,
                false));
        assertThatThrownBy(() -> ws.graduateInto("rate-limiter", "ops#nope", true)).hasMessageContaining("has no"
                + " phase 'nope'");
        p.write("README.md", "# a person's file\n");
        assertThatThrownBy(() -> ws.graduateSkill("rate-limiter", "rl", "README.md", List.of(), true))
                .hasMessageContaining("is a file");
        assertThatThrownBy(() -> ws.createOperation("2026-11", "workflow-state")).hasMessageContaining("looks like"
                + " a period");
    }

    @Test
    void aFinishedWorkflowThatGrewCanBeFinishedAgain() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.done(null);
        ws.done(null);
        ws.done(null);
        ws.finish("v1", false);
        ws.add("reports-api", "Follow-up", "follow-up", null);
        ws.done("follow-up");

        ws.finish("v1.1", false);

        assertThat(p.read("PROGRESS.md")).contains("- Shipped: v1\n", "- Shipped: v1.1\n");
    }

    @Test
    void startFromATemplateFillsPlaceholdersAndRefusesMissingOnes() {
        Project p = new Project(dir);
        Workspace ws = p.ws();

        assertThatThrownBy(() -> ws.start(template("nope", Map.of(), false))).hasMessageContaining("no template"
                + " 'nope'; there are: blank, document-job, release, rest-endpoint");
        assertThatThrownBy(() -> ws.start(template("rest-endpoint", Map.of(), false)))
                .hasMessageContaining("needs a value for: resource");
        assertThat(dir.toFile().list()).isEmpty();

        Outcome o = ws.start(template("rest-endpoint", Map.of("resource", "reports", "colour", "red"), false));

        assertThat(o.notices()).anySatisfy(n -> assertThat(n).isEqualTo("--set colour: template 'rest-endpoint' has"
                + " no {{colour}}")).anySatisfy(n -> assertThat(n).startsWith("note: 'contract' reads"
                + " docs/architecture.md, which does not exist"));
        assertThat(p.yaml()).contains("title: Ship /reports", "title: Agree the API contract for /reports",
                "location: docs/api/reports.yaml", "current_node: contract").doesNotContain("{{", "description:");
        assertThat(ws.where().current().id()).isEqualTo("contract");
    }

    /** The same command says the same thing every time: values that fill nothing are named in the order given. */
    @Test
    void unusedValuesAreNamedInTheOrderGiven() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("resource", "reports");
        List<String> unused = List.of("zeta", "alpha", "mu", "kappa", "beta", "omega", "delta", "nu");
        unused.forEach(k -> values.put(k, "1"));

        Outcome o = new Project(dir).ws().start(template("rest-endpoint", values, false));

        assertThat(o.notices().stream().filter(n -> n.startsWith("--set ")).toList()).containsExactlyElementsOf(
                unused.stream().map(k -> "--set " + k + ": template 'rest-endpoint' has no {{" + k + "}}").toList());
    }

    @Test
    void aMissingPlaceholderCanBeWrittenAsMissingAndProjectTemplatesWin() {
        Project p = new Project(dir);
        p.write(".wf/templates/workflows/release.yaml", "# description: ours\ngoal:\n  id: g\n  title: '{{goal}}'\n"
                + "phases:\n  - id: ship\n    title: Ship {{what}}\n");

        Outcome o = p.ws().start(template("release", Map.of(), true));

        assertThat(p.yaml()).contains("title: \"Ship [missing: what]\"");
        assertThat(o.notices()).anySatisfy(n -> assertThat(n).contains("[missing: KEY]: what"));
        assertThat(p.ws().templates()).filteredOn(t -> t.name().equals("release")).singleElement()
                .satisfies(t -> assertThat(t.description()).isEqualTo("ours"));
    }

    private static StartRequest template(String name, Map<String, String> values, boolean allowMissing) {
        return new StartRequest("Ship /reports", null, null, List.of(), null, false, false, false, name, values,
                allowMissing);
    }
}
