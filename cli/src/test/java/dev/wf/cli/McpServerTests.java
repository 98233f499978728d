package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** wf mcp, driven as an agent would drive it: by the MCP SDK's own client, and by raw JSON-RPC lines. */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server that stops answering must fail the test, not hang it
class McpServerTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private McpSyncClient client(Path project) {
        ServerParameters server = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString())
                .args("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                        "-C", project.toString(), "mcp")
                .env(Map.of("WF_ACTOR", "agent", "NO_COLOR", "1"))
                .build();
        McpSyncClient c = McpClient.sync(new StdioClientTransport(server, new JacksonMcpJsonMapper(JSON)))
                .jsonSchemaValidator((schema, content) -> ValidationResponse.asValid(null)) // output schemas: none
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
        c.initialize();
        return c;
    }

    private static JsonNode call(McpSyncClient c, String tool, Map<String, Object> args) throws Exception {
        CallToolResult r = c.callTool(new CallToolRequest(tool, args));
        String text = ((TextContent) r.content().get(0)).text();
        assertThat(r.isError()).as("%s %s: %s", tool, args, text).isNotEqualTo(Boolean.TRUE);
        return JSON.readTree(text);
    }

    private static String failure(McpSyncClient c, String tool, Map<String, Object> args) {
        CallToolResult r = c.callTool(new CallToolRequest(tool, args));
        assertThat(r.isError()).as("%s %s", tool, args).isTrue();
        return ((TextContent) r.content().get(0)).text();
    }

    @Test
    void aRealClientListsEightSmallToolsAndRunsStartForkResume() throws Exception {
        McpSyncClient c = client(dir);
        try {
            List<Tool> tools = c.listTools().tools();
            assertThat(tools).extracting(Tool::name)
                    .containsExactly("where", "context", "start", "plan", "step", "fork", "check", "log");
            assertThat(tools).allSatisfy(t -> {
                assertThat(t.description()).isNotBlank();
                assertThat(t.inputSchema()).containsEntry("type", "object");
            });
            assertThat(JSON.writeValueAsString(tools).length() / 4).as("tools/list in tokens").isLessThan(3000);

            call(c, "start", Map.of("goal", "Ship the reports API", "why", "customers asked",
                    "phases", List.of("design", "endpoint", "release")));
            assertThat(call(c, "where", Map.of()).at("/current/id").asText()).isEqualTo("design");
            assertThat(call(c, "step", Map.of("action", "done")).at("/where/current/id").asText())
                    .isEqualTo("endpoint");

            JsonNode forked = call(c, "fork", Map.of("action", "open", "reason", "need a rate limiter",
                    "id", "rate-limiter"));
            assertThat(forked.at("/ok").asBoolean()).isTrue();
            JsonNode in = call(c, "where", Map.of());
            assertThat(in.at("/chain")).hasSize(2);
            String subGoal = in.at("/goal/id").asText();
            for (String phase : List.of("pick algorithm", "build it", "test it")) {
                call(c, "plan", Map.of("action", "add", "id", subGoal, "title", phase));
            }
            for (int i = 0; i < 3; i++) {
                call(c, "step", Map.of("action", "done"));
            }
            assertThat(call(c, "where", Map.of()).at("/sub_workflow_complete").asBoolean()).isTrue();
            call(c, "fork", Map.of("action", "resume"));

            JsonNode back = call(c, "where", Map.of("tree", true));
            assertThat(back.at("/chain")).hasSize(1);
            assertThat(back.at("/current/id").asText()).isEqualTo("endpoint");
            assertThat(back.at("/tree")).isNotEmpty();
            assertThat(call(c, "check", Map.of()).at("/ok").asBoolean()).isTrue();
            JsonNode log = call(c, "log", Map.of("type", "fork"));
            assertThat(log.findValuesAsText("type")).contains("fork.opened", "fork.merged");
            assertThat(log.findValuesAsText("actor")).containsOnly("agent");
        } finally {
            c.closeGracefully();
        }
        String yaml = Files.readString(dir.resolve("workflow-state/workflow.yaml"));
        assertThat(yaml).contains("rate-limiter").contains("status: merged");
    }

    @Test
    void badCallsAreClearErrorsAndWriteNothing() throws Exception {
        McpSyncClient c = client(dir);
        try {
            assertThat(failure(c, "step", Map.of("action", "fly"))).contains("action");
            assertThat(failure(c, "where", Map.of("colour", "red"))).contains("colour");
            JsonNode none = JSON.readTree(failure(c, "where", Map.of()));
            assertThat(none.at("/error/kind").asText()).isEqualTo("invalid_input");
            assertThat(none.at("/error/hint").asText()).contains("wf start");
            call(c, "start", Map.of("goal", "Ship it", "why", "w", "phases", List.of("a", "b", "c")));
            byte[] before = Files.readAllBytes(dir.resolve("workflow-state/workflow.yaml"));
            assertThat(failure(c, "plan", Map.of("action", "add", "id", "a", "title", "t", "notes", "n")))
                    .contains("'notes' does not apply");
            assertThat(JSON.readTree(failure(c, "step", Map.of("action", "skip", "id", "nope", "reason", "r")))
                    .at("/error/message").asText()).contains("nope");
            assertThat(Files.readAllBytes(dir.resolve("workflow-state/workflow.yaml"))).isEqualTo(before);

            call(c, "plan", Map.of("action", "add", "id", "a", "title", "--help")); // a title, never an option
            assertThat(Files.readString(dir.resolve("workflow-state/workflow.yaml"))).contains("title: \"--help\"");
        } finally {
            c.closeGracefully();
        }
    }

    @Test
    void oneServerRunsEveryCallWithNoOptionCarriedOverFromTheLast() throws Exception {
        Files.writeString(dir.resolve("arch.md"), "# API\ntext\n");
        McpSyncClient c = client(dir);
        try {
            call(c, "start", Map.of("goal", "Ship it", "why", "w", "phases", List.of("a", "b", "c")));
            call(c, "plan", Map.of("action", "edit", "id", "a", "inputs", List.of("L3:reference arch.md#API")));
            call(c, "plan", Map.of("action", "edit", "id", "b", "notes", "only notes"));
            call(c, "step", Map.of("action", "block", "id", "c", "reason", "waiting"));
            call(c, "step", Map.of("action", "unblock", "id", "c"));
        } finally {
            c.closeGracefully();
        }
        String yaml = Files.readString(dir.resolve("workflow-state/workflow.yaml"));
        assertThat(yaml.split("file: arch.md", -1)).hasSize(2); // a has the input, b does not
        assertThat(yaml).contains("notes: only notes").doesNotContain("blocked_by");
    }

    @Test
    void whereOnTenThousandNodesFitsTwoThousandTokens() throws Exception {
        LargeTree.write(dir, 10, 100, 10);
        McpSyncClient c = client(dir);
        try {
            CallToolResult r = c.callTool(new CallToolRequest("where", Map.of()));
            String text = ((TextContent) r.content().get(0)).text();
            assertThat(r.isError()).as(text).isNotEqualTo(Boolean.TRUE);
            assertThat(text.length() / 4).isLessThan(2000);
            assertThat(JSON.readTree(text).at("/current/id").asText()).isEqualTo("p1-t1-s1");

            String whole = ((TextContent) c.callTool(new CallToolRequest("where", Map.of("tree", true)))
                    .content().get(0)).text();
            String cut = ((TextContent) c.callTool(new CallToolRequest("where", Map.of("tree", true,
                    "max_tokens", 100))).content().get(0)).text();
            assertThat(cut.length()).isLessThan(whole.length());
            assertThat(JSON.readTree(cut).at("/omitted/tree").asInt()).isPositive();
            assertThat(JSON.readTree(cut).at("/current/id").asText()).isEqualTo("p1-t1-s1");
        } finally {
            c.closeGracefully();
        }
    }

    /**
     * The SDK alone drops a reply that is still queued when stdin ends (seen in 2 of 6 runs of a 3-request
     * pipeline); so the pipeline runs several times, and every request must be answered every time.
     */
    @Test
    void stdinClosedWithRepliesInFlightStillAnswersEveryRequest() throws Exception {
        StringBuilder first = new StringBuilder(INIT).append("not json\n").append(call(1, "start",
                "{\"goal\":\"Ship\",\"why\":\"w\",\"phases\":[\"a\",\"b\",\"c\"]}"));
        for (int i = 2; i <= 30; i++) {
            first.append(call(i, i % 3 == 0 ? "log" : i % 3 == 1 ? "check" : "where", "{}"));
        }
        List<JsonNode> replies = pipe(first.toString());
        assertThat(replies).anySatisfy(r -> assertThat(r.at("/error/code").asInt()).isEqualTo(-32700));
        assertAnswered(replies, 30);
        for (int run = 0; run < 6; run++) {
            assertAnswered(pipe(INIT + call(1, "where", "{}") + call(2, "check", "{}")), 2);
        }
    }

    @Test
    void messagesTheSdkCannotTakeAreRefusedAndTheServerGoesOn() throws Exception {
        String bad = "[{\"jsonrpc\":\"2.0\",\"id\":\"b1\",\"method\":\"ping\"}]\n"
                + "{\"id\":\"b2\",\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2.5,\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}\n";
        List<JsonNode> before = pipe(call(0, "where", "{}") + INIT); // a call before initialize
        assertThat(before.get(0).at("/error/message").asText()).contains("initialize first");
        assertThat(before.get(0).path("id").asText()).isEqualTo("r0");

        List<JsonNode> replies = pipe(INIT + bad + call(1, "start",
                "{\"goal\":\"Ship\",\"why\":\"w\",\"phases\":[\"a\",\"b\",\"c\"]}") + call(2, "where", "{}"));
        assertThat(replies.stream().filter(r -> r.at("/error/code").asInt() == -32600)).hasSize(5);
        assertThat(replies).anySatisfy(r -> assertThat(r.at("/error/message").asText()).contains("batches"));
        assertAnswered(replies, 2);
    }

    @Test
    void valuesAreTakenLiterallyAndBadArgumentsAreWfErrors() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "do not read me\n");
        McpSyncClient c = client(dir);
        try {
            call(c, "start", Map.of("goal", "Ship it", "why", "w", "phases", List.of("a", "b", "c")));
            call(c, "plan", Map.of("action", "add", "id", "a", "title", "@secret.txt"));
            assertThat(Files.readString(dir.resolve("workflow-state/workflow.yaml"))).contains("@secret.txt")
                    .doesNotContain("do not read me");

            JsonNode err = JSON.readTree(failure(c, "where", Map.of("tree", "yes")));
            assertThat(err.at("/error/kind").asText()).isEqualTo("invalid_input");
            assertThat(err.at("/error/message").asText()).contains("tree");
            CallToolResult failing = c.callTool(new CallToolRequest("check", Map.of("done", true)));
            assertThat(failing.isError()).isFalse(); // a failed check is a report, not an error
            assertThat(JSON.readTree(((TextContent) failing.content().get(0)).text()).at("/ok").asBoolean())
                    .isFalse();
        } finally {
            c.closeGracefully();
        }
    }

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";

    private static String call(int id, String tool, String args) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"r" + id + "\",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool + "\",\"arguments\":" + args + "}}\n";
    }

    /** Writes the lines, closes stdin at once, and reads every reply until the server exits. */
    private List<JsonNode> pipe(String lines) throws Exception {
        Process p = Processes.start(dir, "mcp");
        try (OutputStream in = p.getOutputStream()) {
            in.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> replies = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                replies.add(JSON.readTree(line));
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return replies;
    }

    private static void assertAnswered(List<JsonNode> replies, int calls) {
        Set<String> answered = new HashSet<>();
        replies.forEach(r -> answered.add(r.path("id").asText()));
        assertThat(answered).contains("init");
        for (int i = 1; i <= calls; i++) {
            assertThat(answered).contains("r" + i);
        }
        assertThat(replies.stream().filter(r -> r.path("id").asText().startsWith("r")))
                .allSatisfy(r -> assertThat(r.at("/result/isError").asBoolean()).as(r.toString()).isFalse());
    }
}
