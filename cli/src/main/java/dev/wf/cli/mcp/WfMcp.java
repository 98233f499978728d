package dev.wf.cli.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code wf mcp}: wf's verbs as eight MCP tools over stdio. Each call runs the verb it stands for with
 * {@code --json}, one call at a time, through the same project lock as the command line, and its answer is
 * fitted to the call's {@code max_tokens}.
 */
public final class WfMcp {
    /** What one run of wf printed, and its exit code. */
    public record Reply(int exit, String out, String err) {
    }

    private static final String INSTRUCTIONS = "wf keeps this project's plan as a tree: goal, phases, tasks, and "
            + "forks into sub-workflows. Call where first in every session and after compaction, then work from "
            + "the pointer. Start a workflow only for work of three or more steps. When a step needs something "
            + "that does not exist yet, fork; resume when the fork is done. Mark each step done as you finish it.";
    private static final Map<String, Integer> DEFAULT_TOKENS = Map.of("where", 2000, "context", 4000);

    private final ObjectMapper json = new ObjectMapper();
    private final ToolInputCheck inputs = new ToolInputCheck(json);
    private final Map<String, Map<String, Object>> schemas = new java.util.HashMap<>();
    private final Function<List<String>, Reply> wf;

    private WfMcp(Function<List<String>, Reply> wf) {
        this.wf = wf;
    }

    /** Serves until stdin ends and every request read has been answered; gives the exit code. */
    public static int serve(InputStream in, OutputStream out, String version, Function<List<String>, Reply> wf)
            throws InterruptedException {
        WfMcp mcp = new WfMcp(wf);
        StdioGuard guard = new StdioGuard(in, out, Duration.ofMinutes(2));
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(mcp.json);
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(mapper, guard.input(), guard.output()))
                .serverInfo("wf", version)
                .instructions(INSTRUCTIONS)
                .jsonMapper(mapper)
                .jsonSchemaValidator(mcp.inputs) // the SDK's check of its own schemas; calls are checked in call()
                .validateToolInputs(false)
                .immediateExecution(true) // calls run in the order they arrive, on the reading thread
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .tools(mcp.tools(mapper))
                .build();
        guard.awaitEnd();
        server.closeGracefully();
        return 0;
    }

    /** The tool definitions, as listed to clients. */
    public static String toolsJson() {
        try (InputStream s = WfMcp.class.getResourceAsStream("tools.json")) {
            return new String(s.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SyncToolSpecification> tools(JacksonMcpJsonMapper mapper) {
        try {
            List<Map<String, Object>> defs = json.readValue(toolsJson(), new TypeReference<>() {
            });
            Object lock = new Object();
            return defs.stream().map(d -> {
                String name = (String) d.get("name");
                @SuppressWarnings("unchecked")
                Map<String, Object> schema = (Map<String, Object>) d.get("inputSchema");
                Tool tool = Tool.builder().name(name).description((String) d.get("description")).inputSchema(schema)
                        .build();
                schemas.put(name, schema);
                return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
                    synchronized (lock) {
                        return call(name, request.arguments() == null ? Map.of() : request.arguments());
                    }
                }).build();
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One tool call: the verb's JSON answer, fitted to the budget; an error answer when wf refused. */
    CallToolResult call(String tool, Map<String, Object> args) {
        var checked = inputs.validate(schemas.get(tool), args);
        if (!checked.valid()) {
            return answer(error("invalid_input", "arguments of " + tool + ": " + checked.errorMessage()), true);
        }
        List<String> argv;
        try {
            argv = ToolCalls.argv(tool, args);
        } catch (IllegalArgumentException e) {
            return answer(error("usage", e.getMessage()), true);
        }
        Reply r = wf.apply(argv);
        JsonNode answer = parse(r);
        if (answer.isObject() && !(tool.equals("where") && Boolean.TRUE.equals(args.get("tree")))) {
            ObjectNode o = (ObjectNode) answer;
            o.remove("tree");
            if (o.get("where") instanceof ObjectNode where) {
                where.remove("tree"); // a change's new position; the tree is one where call away
            }
        }
        int budget = args.get("max_tokens") instanceof Number n ? (int) Math.min(n.longValue(), Integer.MAX_VALUE / 8)
                : DEFAULT_TOKENS.getOrDefault(tool, 1500);
        // A check that finds problems still answers with its report; only wf's error object is an error.
        return answer(Budget.fit(json, answer, budget, tool.equals("log")), r.exit() != 0 && answer.has("error"));
    }

    /** wf's stdout: one JSON document. */
    private JsonNode parse(Reply r) {
        String out = r.out().strip();
        if (out.isEmpty()) {
            return error(r.exit() == 0 ? "none" : "internal", r.err().strip());
        }
        try {
            return json.readTree(out);
        } catch (IOException e) {
            return error("internal", "wf printed what is not JSON: " + e.getMessage());
        }
    }

    private JsonNode error(String kind, String message) {
        return json.valueToTree(Map.of("error", Map.of("kind", kind, "message", message)));
    }

    private static CallToolResult answer(String text, boolean failed) {
        return CallToolResult.builder().addTextContent(text).isError(failed).build();
    }

    private CallToolResult answer(JsonNode value, boolean failed) {
        return answer(value.toString(), failed);
    }
}
