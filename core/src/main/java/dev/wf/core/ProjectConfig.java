package dev.wf.core;

import dev.wf.core.error.WfException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The project's own settings in .wf.yaml at its root: {@code autocommit: true} commits wf's files after each change;
 * {@code context: {mermaid: false}} leaves the graph out of the CONTEXT.md block.
 */
record ProjectConfig(boolean autocommit, boolean mermaid) {
    static final String FILE = ".wf.yaml";
    static final ProjectConfig DEFAULT = new ProjectConfig(false, true);

    static ProjectConfig read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        try {
            Object doc = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (doc == null) {
                return DEFAULT;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw WfException.invalid(FILE + " must be a mapping of settings", "write it as: autocommit: true");
            }
            return new ProjectConfig(flag(m, "autocommit", false, "autocommit"), mermaid(m.get("context")));
        } catch (IOException e) {
            throw WfException.storage("cannot read " + FILE + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw WfException.invalid(FILE + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "fix it or remove it");
        }
    }

    /** {@code context:}, a mapping whose only key today is {@code mermaid}. */
    private static boolean mermaid(Object context) {
        if (context == null) {
            return true;
        }
        if (!(context instanceof Map<?, ?> c)) {
            throw WfException.invalid(FILE + ": context must be a mapping, not '" + context + "'",
                    "write it as: context: {mermaid: false}");
        }
        for (Object key : c.keySet()) {
            if (!"mermaid".equals(key)) {
                throw WfException.invalid(FILE + ": context has no setting '" + key + "'",
                        "the one there is: mermaid: true or false");
            }
        }
        return flag(c, "mermaid", true, "context.mermaid");
    }

    private static boolean flag(Map<?, ?> m, String key, boolean absent, String name) {
        Object value = m.get(key);
        if (value != null && !(value instanceof Boolean)) {
            throw WfException.invalid(FILE + ": " + name + " must be true or false, not '" + value + "'", null);
        }
        return value == null ? absent : (Boolean) value;
    }
}
