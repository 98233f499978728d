package dev.wf.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** git's user.name, read from the repository's config and then the user's, without starting git. */
public final class GitUser {
    private GitUser() {
    }

    public static Optional<String> name(Path start, Map<String, String> env) {
        List<Path> configs = new ArrayList<>();
        try {
            GitHead.gitDir(start).ifPresent(d -> configs.add(d.resolve("config")));
        } catch (IOException ignored) {
            // no repository config then
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null) {
            configs.add(Path.of(xdg, "git", "config"));
        }
        if (home != null) {
            configs.add(Path.of(home, ".config", "git", "config"));
            configs.add(Path.of(home, ".gitconfig"));
        }
        for (Path c : configs) {
            Optional<String> n = userName(c);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> userName(Path config) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            boolean inUser = false;
            for (String raw : Files.readAllLines(config, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("[")) {
                    inUser = line.replace(" ", "").equalsIgnoreCase("[user]");
                } else if (inUser && line.toLowerCase().startsWith("name")) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && line.substring(0, eq).strip().equalsIgnoreCase("name")) {
                        String v = line.substring(eq + 1).strip();
                        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                            v = v.substring(1, v.length() - 1);
                        }
                        return v.isEmpty() ? Optional.empty() : Optional.of(v);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable config has no name for us
        }
        return Optional.empty();
    }
}
