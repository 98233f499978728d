package dev.wf.core.agent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.store.Durable;
import dev.wf.core.store.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files that teach an AI coding agent to use wf, installed into a project: Claude Code's skill and slash
 * commands under {@code .claude/}, its SessionStart hook (merged into {@code .claude/settings.json}) and the MCP
 * server (merged into {@code .mcp.json}). Files the project changed are kept unless forced; JSON settings are
 * merged, never replaced.
 */
public final class AgentKit {
    private static final String ROOT = "/dev/wf/core/templates/agent/claude/";
    private static final JsonFactory JSON = new JsonFactory();

    /** One file and what installing did to it: written, unchanged, kept (differs; force replaces) or merged. */
    public record Installed(String path, String action) {
    }

    private AgentKit() {
    }

    /**
     * Installs the kit into {@code project}, with {@code command} as the way to run wf there (e.g. {@code wf}).
     * Everything is checked before anything is written: a settings file that is not JSON stops the install.
     */
    public static List<Installed> install(Path project, String command, boolean force) {
        if (command == null || command.isBlank() || command.contains("\n")) {
            throw WfException.invalid("--command must be one line naming how to run wf", "e.g. --command wf");
        }
        List<Installed> done = new ArrayList<>();
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        for (String name : resource("index.txt").strip().split("\n")) {
            String text = resource(name).replace("{{wf}}", command);
            Path target = project.resolve(target(name));
            String rel = project.relativize(target).toString().replace('\\', '/');
            String existing = read(target);
            String next = name.endsWith(".json") ? merge(existing, text, rel) : text;
            String action = existing == null ? "written" : existing.equals(next) ? "unchanged"
                    : name.endsWith(".json") ? "merged" : force ? "replaced" : "kept";
            if (action.equals("written") || action.equals("merged") || action.equals("replaced")) {
                writes.put(target, next.getBytes(StandardCharsets.UTF_8));
            }
            done.add(new Installed(rel, action));
        }
        try {
            for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
                Durable.replace(w.getKey(), w.getValue());
            }
        } catch (IOException e) {
            throw new WfException(ErrorKind.STORAGE, "cannot write the agent files: " + e.getMessage(),
                    project.toString(), "check the folder's permissions and free space", e);
        }
        return List.copyOf(done);
    }

    private static String target(String name) {
        return switch (name) {
            case "settings.json" -> ".claude/settings.json";
            case "mcp.json" -> ".mcp.json";
            default -> ".claude/" + name;
        };
    }

    /** The existing JSON with the kit's entries added: each list gets what it lacks, each object its new keys. */
    private static String merge(String existing, String kit, String where) {
        if (existing == null || existing.isBlank()) {
            return kit;
        }
        Object mine = parse(existing, where);
        if (!(mine instanceof Map)) {
            throw new WfException(ErrorKind.INVALID_INPUT, "not a JSON object", where,
                    "fix or move it, then run wf agent install again");
        }
        Object merged = mergeInto(mine, parse(kit, where));
        return merged.equals(mine) ? existing : print(merged) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object mergeInto(Object mine, Object kit) {
        if (mine instanceof Map<?, ?> m && kit instanceof Map<?, ?> k) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) m);
            k.forEach((key, v) -> out.put((String) key, out.containsKey(key) ? mergeInto(out.get(key), v) : v));
            return out;
        }
        if (mine instanceof List<?> l && kit instanceof List<?> k) {
            List<Object> out = new ArrayList<>(l);
            k.stream().filter(item -> out.stream().noneMatch(o -> Objects.equals(o, item))).forEach(out::add);
            return out;
        }
        return mine; // a value the project set stays
    }

    private static Object parse(String text, String where) {
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken();
            Object v = JsonData.read(p);
            if (p.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            return v;
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw new WfException(ErrorKind.INVALID_INPUT, "not valid JSON: " + why,
                    where, "fix it, then run wf agent install again");
        }
    }

    private static String print(Object value) {
        StringWriter out = new StringWriter();
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        try (JsonGenerator g = JSON.createGenerator(out).setPrettyPrinter(pretty)) {
            JsonData.write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new WfException(ErrorKind.STORAGE, "cannot read " + file + ": " + e.getMessage(), file.toString(),
                    "check its permissions", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = AgentKit.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the agent kit lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
