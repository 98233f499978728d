package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.testing.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandEditTests {
    @TempDir
    Path dir;

    @Test
    void aCommentAndAnUnknownKeySurviveTheNextDoneAndTheEditIsLogged() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        String edited = p.yaml()
                .replace("  - id: endpoint\n", "  # The endpoint needs review by Dana.\n  - id: endpoint\n")
                .replace("    title: endpoint\n", "    title: endpoint\n    owner: dana  # who signs off\n");
        p.write("workflow-state/workflow.yaml", edited);

        Outcome o = ws.done("schema");

        assertThat(p.yaml()).contains("  # The endpoint needs review by Dana.\n  - id: endpoint\n",
                "    owner: dana  # who signs off\n");
        assertThat(p.types()).containsExactly("workflow.started", "edit.detected", "node.status", "pointer.moved",
                "node.status");
        Event detected = p.log().get(1);
        assertThat(detected.data().get("changes").toString()).contains("node 'endpoint' changed");
        assertThat(o.notices()).anySatisfy(n -> assertThat(n).contains("noticed a hand edit"));
    }

    @Test
    void aCommentOnlyEditIsNamedAsSuch() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        p.write("workflow-state/workflow.yaml", p.yaml() + "# a note at the end\n");

        ws.where();

        assertThat(p.log().get(1).data().get("changes").toString()).contains("comments or formatting only");
        assertThat(p.yaml()).endsWith("# a note at the end\n");
    }

    @Test
    void anEditThatBreaksARuleStopsEveryWriteUntilFixed() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        ws.add("endpoint", "GET /reports", "get-reports", null);
        String broken = p.yaml().replaceFirst("(- id: endpoint\\n    title: endpoint\\n    status: )planned",
                "$1done");
        p.write("workflow-state/workflow.yaml", broken);

        assertThatThrownBy(() -> ws.done("schema")).isInstanceOf(WfException.class)
                .satisfies(e -> {
                    WfException w = (WfException) e;
                    assertThat(w.kind()).isEqualTo(ErrorKind.RULE);
                    assertThat(w.location().orElseThrow()).matches("workflow-state/workflow\\.yaml:\\d+");
                    assertThat(w.getMessage()).contains("phases[1].status", "'endpoint' is done");
                });
        assertThat(p.yaml()).isEqualTo(broken);
        assertThatThrownBy(() -> ws.done("schema")).isInstanceOf(WfException.class);
        assertThat(p.types()).filteredOn("edit.detected"::equals).hasSize(1);

        ws.check(true);

        assertThat(ws.check(false).ok()).isTrue();
        ws.done("schema");
        assertThat(p.types()).contains("repaired");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn() {
        Project p = new Project(dir);
        Workspace ws = p.startReportsApi();
        p.write("workflow-state/workflow.yaml", p.yaml().replace("title: schema", "title: [schema"));

        assertThatThrownBy(ws::where).isInstanceOf(WfException.class)
                .extracting(e -> ((WfException) e).oneLine()).asString()
                .matches("workflow-state/workflow\\.yaml:\\d+:\\d+: .*");
    }
}
