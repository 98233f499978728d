package dev.wf.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.Workspace;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Workflow;
import dev.wf.core.store.Layout;
import dev.wf.core.store.WorkflowCodec;
import dev.wf.core.testing.MermaidParser;
import dev.wf.core.testing.Pictures;
import dev.wf.core.testing.Project;
import dev.wf.core.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What wf draws in mermaid parses with mermaid's own parser (mermaid 11 in Node; see {@link MermaidParser}): the
 * golden file, hostile titles, random projects whole and abridged, and the graph of a real CONTEXT.md block. A
 * broken graph in every run proves the check can fail.
 */
class MermaidParserTests {
    MermaidParser parser;

    @TempDir
    Path dir;

    @BeforeEach
    void installMermaid() {
        parser = MermaidParser.ready();
    }

    void assertAllParse(Map<String, String> sources) {
        Map<String, MermaidParser.Verdict> verdicts = parser.parse(sources);

        assertThat(verdicts.values()).allSatisfy(v -> {
            assertThat(v.ok()).as(v.name() + ": " + v.error() + "\n" + sources.get(v.name())).isTrue();
            assertThat(v.type()).as(v.name()).isEqualTo("flowchart-v2");
        });
    }

    @Test
    void aBrokenGraphIsReportedAsBroken() {
        Map<String, String> broken = Map.of(
                "unclosed-quote", "flowchart TD\n  a[\"unclosed] --> b\n",
                "raw-backtick-title", "flowchart TD\n  a[\"`Ship` it\"]:::goal;\n",
                "raw-quote-title", "flowchart TD\n  a[say \"hi\"] --> b\n");

        Map<String, MermaidParser.Verdict> verdicts = parser.parse(broken);

        assertThat(verdicts.values()).hasSize(3).allSatisfy(v -> {
            assertThat(v.ok()).as(v.name()).isFalse();
            assertThat(v.error()).as(v.name()).containsAnyOf("Parse error", "Lexical error");
        });
    }

    @Test
    void theGoldenMermaidParses() throws Exception {
        assertAllParse(Map.of("golden", ExportTests.golden("nested-fork.mmd")));
    }

    @Test
    void everyHostileTitleParsesAloneAndAllTogether() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("hostile-all", Export.render(Export.Format.MERMAID, Pictures.hostile()));
        for (int i = 0; i < Pictures.HOSTILE.size(); i++) {
            Workflow w = Trees.workflow("s", Trees.titled("s", Pictures.HOSTILE.get(i), NodeStatus.PLANNED));
            sources.put("hostile-" + i, Export.render(Export.Format.MERMAID, Pictures.root(w)));
        }

        assertAllParse(sources);
    }

    @Test
    void randomProjectsParseWholeAndAbridged() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (long seed = 1; seed <= 25; seed++) {
            Export.Graph g = Pictures.randomProject(seed * 7919);
            sources.put("random-" + seed, Export.render(Export.Format.MERMAID, g));
            sources.put("random-" + seed + "-abridged", Export.render(Export.Format.MERMAID,
                    Abridge.fit(g, (int) (seed % 12) + 1).graph()));
        }

        assertAllParse(sources);
    }

    @Test
    void theGraphsOfRealContextBlocksParse() {
        Project p = new Project(dir.resolve("small"));
        Workspace ws = p.startReportsApi();
        ws.fork("need \"auth\" <first>; #1", "auth", null, null);
        ws.add("auth", "`tokens` & [scopes] 🚀", "tokens", null);
        ws.fork("pick a vault %%{init}%%", "vault", null, null);
        Project big = new Project(dir.resolve("big"));
        big.startReportsApi();
        List<Node> phases = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            phases.add(Trees.parent("p" + i, Trees.leaf("p" + i + "-a", i < 50 ? NodeStatus.DONE
                    : NodeStatus.PLANNED), Trees.leaf("p" + i + "-b")));
        }
        big.write("workflow-state/workflow.yaml", WorkflowCodec.format(Trees.workflow("p80-a",
                phases.toArray(Node[]::new)), Layout.empty()));
        big.ws().done(null);

        String small = p.contextMermaid();
        String abridged = big.contextMermaid();

        assertThat(big.read("CONTEXT.md")).contains("_Graph abridged");
        assertAllParse(Map.of("context-small", small, "context-abridged", abridged));
    }
}
