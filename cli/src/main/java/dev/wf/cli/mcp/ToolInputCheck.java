package dev.wf.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Checks a tool call's arguments against the tool's input schema (JSON Schema 2020-12) before it runs. */
final class ToolInputCheck implements JsonSchemaValidator {
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<Map<String, Object>, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    ToolInputCheck(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object arguments) {
        JsonSchema s = schemas.computeIfAbsent(schema, k -> factory.getSchema(json.valueToTree(k)));
        String problems = s.validate(json.valueToTree(arguments)).stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("; "));
        return problems.isEmpty() ? ValidationResponse.asValid(null) : ValidationResponse.asInvalid(problems);
    }
}
