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
import java.util.regex.Pattern;

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
        if (command == null || command.isBlank() || !command.strip().equals(command) || command.chars()
                .anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\')) {
            throw WfException.invalid("--command '" + command + "' must be one program, without spaces or quotes"
                    + " (MCP clients start it as it is)", "name wf's launcher, or a link or wrapper script to it");
        }
        List<Installed> done = new ArrayList<>();
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        for (String name : resource("index.txt").strip().split("\n")) {
            String text = resource(name).replace("{{wf}}", command);
            Path target = project.resolve(target(name));
            String rel = project.relativize(target).toString().replace('\\', '/');
            String existing = read(target);
            String next = name.endsWith(".json") ? merge(existing, text, rel) : text;
            boolean ours = existing != null && rendered(resource(name)).matcher(existing).matches();
            String action = existing == null ? "written" : existing.equals(next) ? "unchanged"
                    : name.endsWith(".json") ? "merged" : force || ours ? "replaced" : "kept";
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

    /** A kit file as rendered with any command: what an earlier install wrote, whatever --command it had. */
    private static Pattern rendered(String template) {
        String[] parts = template.split(Pattern.quote("{{wf}}"), -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(i == 1 ? "(\\S+)" : "\\1").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * The existing JSON with the kit's entries in it. The entries are wf's own: an earlier install's (the
     * {@code wf} MCP server, a SessionStart hook running {@code where --brief}) are replaced; everything else
     * the project has stays as it is.
     */
    private static String merge(String existing, String kit, String where) {
        if (existing == null || existing.isBlank()) {
            return kit;
        }
        Object mine = parse(existing, where);
        if (!(mine instanceof Map)) {
            throw new WfException(ErrorKind.INVALID_INPUT, "not a JSON object", where,
                    "fix or move it, then run wf agent install again");
        }
        Object merged = mergeInto(mine, parse(kit, where), where);
        return merged.equals(mine) ? existing : print(merged) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object mergeInto(Object mine, Object kit, String where) {
        if (mine instanceof Map<?, ?> m && kit instanceof Map<?, ?> k) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) m);
            k.forEach((key, v) -> out.put((String) key, !out.containsKey(key) || key.equals("wf") ? v
                    : mergeInto(out.get(key), v, where + "." + key)));
            return out;
        }
        if (mine instanceof List<?> l && kit instanceof List<?> k) {
            List<Object> out = new ArrayList<>(l);
            out.removeIf(AgentKit::wfHook);
            k.stream().filter(item -> out.stream().noneMatch(o -> Objects.equals(o, item))).forEach(out::add);
            return out;
        }
        if (!Objects.equals(mine == null ? null : mine.getClass(), kit.getClass())) {
            throw new WfException(ErrorKind.INVALID_INPUT, where + " is not what Claude Code expects there"
                    + " (a " + (kit instanceof Map ? "JSON object" : kit instanceof List ? "list" : "value") + ")",
                    where, "fix it, then run wf agent install again");
        }
        return mine; // a value the project set stays
    }

    /** Whether a hook entry is one an earlier wf agent install wrote. */
    private static boolean wfHook(Object entry) {
        return entry instanceof Map<?, ?> e && e.get("hooks") instanceof List<?> hooks && hooks.stream().anyMatch(
                h -> h instanceof Map<?, ?> m && String.valueOf(m.get("command")).endsWith(
                        " where --brief 2>/dev/null || true"));
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
