package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wf mcp checked by the MCP Inspector's CLI mode (npm {@code @modelcontextprotocol/inspector}), a client wf's
 * code has no part in: it initializes, lists the tools and calls them, one server process per call, so the
 * start → fork → resume cycle also proves that the state carries over between servers.
 */
class McpInspectorTests {
    static final String INSPECTOR = "@modelcontextprotocol/inspector@2.12.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path inspector;

    @TempDir
    Path dir;

    @TempDir
    Path scripts;

    @BeforeAll
    static void installInspector() throws Exception {
        inspector = Npm.install("inspector", INSPECTOR).resolve("node_modules/.bin/mcp-inspector");
    }

    /** One inspector run against a fresh wf mcp server in the project; its JSON answer. */
    private JsonNode inspect(String... args) throws Exception {
        Path server = scripts.resolve("wf-mcp.sh");
        Files.writeString(server, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " -C '" + dir + "' mcp\n");
        server.toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of(inspector.toString(), "--cli", server.toString()));
        cmd.addAll(List.of(args));
        Run.Result r = Processes.tool(dir, cmd);
        assertThat(r.exit()).as("inspector %s: %s %s", List.of(args), r.out(), r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private JsonNode tool(String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--method", "tools/call", "--tool-name", name));
        for (String a : args) {
            all.add("--tool-arg");
            all.add(a);
        }
        JsonNode r = inspect(all.toArray(String[]::new));
        assertThat(r.get("isError").asBoolean()).as(r.toString()).isFalse();
        return JSON.readTree(r.at("/content/0/text").asText());
    }

    @Test
    void theInspectorListsTheToolsAndRunsAStartForkResumeCycle() throws Exception {
        JsonNode tools = inspect("--method", "tools/list").get("tools");
        assertThat(tools.findValuesAsText("name")).hasSize(8).contains("where", "fork", "step");

        tool("start", "goal=Ship the reports API", "why=partners", "phases=[\"design\",\"endpoint\",\"docs\"]");
        tool("step", "action=done");
        tool("fork", "action=open", "reason=need a rate limiter", "id=rate-limiter");
        String sub = tool("where").at("/goal/id").asText();
        tool("plan", "action=add", "id=" + sub, "title=build it");
        tool("step", "action=done");
        assertThat(tool("fork", "action=resume").at("/ok").asBoolean()).isTrue();
        JsonNode where = tool("where", "max_tokens=300");
        assertThat(where.at("/current/id").asText()).isEqualTo("endpoint");
        assertThat(where.at("/chain")).hasSize(1);
        assertThat(tool("log", "type=fork", "last=5").findValuesAsText("type"))
                .containsExactly("fork.opened", "fork.merged");
    }
}
