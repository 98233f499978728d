package dev.wf.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Validates every workflow.yaml that wf wrote during a test against docs/workflow.schema.json. Registered for every
 * test class (JUnit's extension auto-detection); after each test it looks in the test's {@code @TempDir} fields for
 * wf's copies of what it last wrote ({@code .wf-last.yaml}, one per state folder), so files a test broke by hand on
 * purpose are not held to the schema.
 */
public final class SchemaCheck implements AfterEachCallback {
    private static final String SNAPSHOT = ".wf-last.yaml";
    private static JsonSchema schema;

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (context.getTestInstance().isEmpty() || context.getExecutionException().isPresent()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Path dir : tempDirs(context.getTestInstance().get())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(f -> f.getFileName().toString().equals(SNAPSHOT)).toList()) {
                    problems.addAll(validate(Files.readString(p, StandardCharsets.UTF_8), dir.relativize(p).toString()));
                }
            } catch (UncheckedIOException e) {
                // a folder the test made unreadable on purpose
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("wf wrote a workflow.yaml that breaks docs/workflow.schema.json:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The schema's complaints about a workflow.yaml text, each prefixed with {@code label}; empty when it is valid. */
    public static List<String> validate(String yaml, String label) {
        Object tree = new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(yaml);
        JsonNode node = new ObjectMapper().valueToTree(tree);
        Set<ValidationMessage> messages = schema().validate(node);
        return messages.stream().map(m -> label + ": " + m.getMessage()).sorted().toList();
    }

    private static synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = SchemaCheck.class.getResourceAsStream("/dev/wf/core/schema/workflow.schema.json")) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    private static List<Path> tempDirs(Object test) throws IllegalAccessException {
        List<Path> out = new ArrayList<>();
        for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(TempDir.class) && f.getType() == Path.class) {
                    f.setAccessible(true);
                    Object value = f.get(test);
                    if (value != null) {
                        out.add((Path) value);
                    }
                }
            }
        }
        return out;
    }
}
