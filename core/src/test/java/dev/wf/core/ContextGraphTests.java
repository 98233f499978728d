package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import dev.wf.core.render.Export;
import dev.wf.core.store.Layout;
import dev.wf.core.store.WorkflowCodec;
import dev.wf.core.testing.Project;
import dev.wf.core.testing.Trees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mermaid graph in the CONTEXT.md block: there by default, bounded, and off when .wf.yaml says so. */
class ContextGraphTests {
    @TempDir
    Path dir;

    @Test
    void theBlockDrawsTheRootAndEveryForkAsExportDoes() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("need rate limiter", "rate-limiter", null, null);
        ws.add("rate-limiter", "Token bucket", "bucket", null);
        ws.fork("need redis", "redis", null, null);

        ws.add("redis", "Pick a client", "client", null);

        String graph = p.contextMermaid();
        assertThat(graph).isEqualTo(ws.export(Export.Format.MERMAID))
                .contains("f___rate_hlimiter([\"fork rate-limiter", "f_rate_hlimiter__redis([",
                        "n_rate_hlimiter_sredis__client[", "class n_rate_hlimiter_sredis__client current");
        assertThat(p.read("CONTEXT.md")).doesNotContain("_Graph abridged");
    }

    @Test
    void aWfYamlSettingLeavesTheGraphOutWithoutABlankLineBehind() {
        Project p = new Project(dir);
        p.write(".wf.yaml", "autocommit: false\ncontext:\n  mermaid: false\n");

        p.startReportsApi();

        assertThat(p.read("CONTEXT.md")).doesNotContain("```")
                .contains("No open forks.\n\n_Run `wf where` for the current step's contract");
    }

    @Test
    void turningTheGraphBackOnDrawsItAtTheNextChange() {
        Project p = new Project(dir);
        p.write(".wf.yaml", "context: {mermaid: false}\n");
        Workspace ws = p.startReportsApi();
        p.write(".wf.yaml", "context: {mermaid: true}\n");

        ws.done(null);

        assertThat(p.contextMermaid()).startsWith("flowchart TD\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "context: {mermaid: maybe}   | .wf.yaml: context.mermaid must be true or false, not 'maybe'",
        "context: {mermaid: 'no'}    | .wf.yaml: context.mermaid must be true or false, not 'no'",
        "context: off                | .wf.yaml: context must be a mapping, not 'off'",
        "context: [mermaid]          | .wf.yaml: context must be a mapping",
        "context: {mermiad: false}   | .wf.yaml: context has no setting 'mermiad'",
        "context: {mermaid: false    | .wf.yaml is not valid YAML"})
    void aBadContextSettingIsOneLineAndNothingIsWritten(String yaml, String message) {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String before = p.yaml() + p.read("CONTEXT.md");
        p.write(".wf.yaml", yaml + "\n");

        assertThatThrownBy(() -> ws.done(null)).isInstanceOf(WfException.class)
                .satisfies(e -> assertThat(((WfException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .satisfies(e -> assertThat(((WfException) e).oneLine()).startsWith(message).doesNotContain("\n"));
        assertThat(p.yaml() + p.read("CONTEXT.md")).isEqualTo(before);
    }

    @Test
    void aHugeTreeKeepsTheBlockShortAndSaysItWasAbridged() {
        Project p = new Project(dir);
        p.startReportsApi();
        List<Node> phases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            phases.add(Trees.parent("p" + i, Trees.leaf("p" + i + "-a"), Trees.leaf("p" + i + "-b",
                    i < 200 ? NodeStatus.DONE : NodeStatus.PLANNED)));
        }
        Workflow big = Trees.workflow("p300-a", phases.toArray(Node[]::new));
        p.write("workflow-state/workflow.yaml", WorkflowCodec.format(big, Layout.empty()));

        p.ws().done(null);

        String context = p.read("CONTEXT.md");
        assertThat(p.contextMermaid().lines().filter(l -> l.contains("[\""))).hasSize(Views.GRAPH_BUDGET);
        assertThat(context).contains("_Graph abridged (only the nodes nearest the current step drawn): 40 of 1201 "
                + "nodes drawn; `wf export --format mermaid` draws them all._", "n___p300_hb[");
        assertThat(p.contextMermaid().length()).isLessThan(4_000);
    }

    @Test
    void twoForksNamingOneFolderDrawItOnce() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("need a", "fa", "schema", null);
        ws.fork("need b", "fb", "endpoint", null);
        p.write("workflow-state/workflow.yaml", p.yaml().replace("sub_workflow: forks/fb", "sub_workflow: forks/fa"));

        ws.check(true);

        assertThat(p.contextMermaid()).contains("n_fa__fa[", "f___fb([").doesNotContain("n_fb__");
    }

    @Test
    void forksWhoseFolderIsTheirOwnWorkflowEndTheWalk() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.fork("need a", "fa", "schema", null);
        ws.fork("need b", "fb", "endpoint", null);
        p.write("workflow-state/workflow.yaml", p.yaml().replace("sub_workflow: forks/fa", "sub_workflow: .")
                .replace("sub_workflow: forks/fb", "sub_workflow: ./"));

        var report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ws.check(false));
        String mermaid = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ws.export(Export.Format.MERMAID));

        assertThat(report.problems()).anySatisfy(pr -> assertThat(pr.message()).contains("must be a folder below"));
        assertThat(mermaid).contains("f___fa([", "f___fb([").doesNotContain("n_fa__", "n_fb__");
    }
}
