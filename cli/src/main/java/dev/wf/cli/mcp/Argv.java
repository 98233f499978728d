package dev.wf.cli.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A wf command line built from a tool call's arguments. Options are written as {@code --name=value} and the
 * positionals after {@code --}, so that no value a client sends can be taken for an option.
 */
final class Argv {
    private final List<String> options = new ArrayList<>();
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, Object> args;

    private Argv(String verb, Map<String, Object> args) {
        this.args = args;
        options.add(verb);
    }

    static Argv of(String verb, Map<String, Object> args) {
        return new Argv(verb, args);
    }

    /** The argument {@code key} as a positional, if given. */
    Argv positional(String key) {
        String v = text(key);
        if (v != null) {
            positionals.add(v);
        }
        return this;
    }

    /** The argument {@code key} as {@code --flag=value}, if given. */
    Argv option(String flag, String key) {
        String v = text(key);
        if (v != null) {
            options.add(flag + "=" + v);
        }
        return this;
    }

    /** The argument {@code key} as {@code --flag=value}, or {@code fallback} when it is not given. */
    Argv option(String flag, String key, String fallback) {
        options.add(flag + "=" + (args.get(key) == null ? fallback : String.valueOf(args.get(key))));
        return this;
    }

    /** {@code --flag} when the boolean argument {@code key} is true. */
    Argv flag(String flag, String key) {
        if (Boolean.TRUE.equals(args.get(key))) {
            options.add(flag);
        }
        return this;
    }

    /** {@code --flag=item} for each item of the list argument {@code key}. */
    Argv each(String flag, String key) {
        if (args.get(key) instanceof List<?> items) {
            items.forEach(i -> options.add(flag + "=" + i));
        }
        return this;
    }

    /** {@code --flag=k=v} for each entry of the object argument {@code key}. */
    Argv pairs(String flag, String key) {
        if (args.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> options.add(flag + "=" + k + "=" + v));
        }
        return this;
    }

    /** Refuses an argument that this action does not use, rather than ignoring it. */
    Argv refuse(String action, String... keys) {
        for (String k : keys) {
            if (args.containsKey(k)) {
                throw new IllegalArgumentException("'" + k + "' does not apply to " + action);
            }
        }
        return this;
    }

    List<String> build() {
        List<String> all = new ArrayList<>(options);
        if (!positionals.isEmpty()) {
            all.add("--");
            all.addAll(positionals);
        }
        return List.copyOf(all);
    }

    private String text(String key) {
        Object v = args.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
