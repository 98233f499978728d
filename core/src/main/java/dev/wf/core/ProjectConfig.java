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

/** The project's own settings in .wf.yaml at its root; today one key: {@code autocommit: true}. */
record ProjectConfig(boolean autocommit) {
    static final String FILE = ".wf.yaml";

    static ProjectConfig read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ProjectConfig(false);
        }
        try {
            Object doc = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (doc == null) {
                return new ProjectConfig(false);
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw WfException.invalid(FILE + " must be a mapping of settings", "write it as: autocommit: true");
            }
            Object auto = m.get("autocommit");
            if (auto != null && !(auto instanceof Boolean)) {
                throw WfException.invalid(FILE + ": autocommit must be true or false, not '" + auto + "'", null);
            }
            return new ProjectConfig(Boolean.TRUE.equals(auto));
        } catch (IOException e) {
            throw WfException.storage("cannot read " + FILE + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw WfException.invalid(FILE + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "fix it or remove it");
        }
    }
}
