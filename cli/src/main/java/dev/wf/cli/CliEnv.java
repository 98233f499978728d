package dev.wf.cli;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.Map;

/** What the command line runs in: environment variables, working folder, standard input, and whether it is a terminal. */
record CliEnv(Map<String, String> vars, Path cwd, BufferedReader in, boolean terminal) {
    CliEnv {
        vars = Map.copyOf(vars);
    }

    String var(String name) {
        String v = vars.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
