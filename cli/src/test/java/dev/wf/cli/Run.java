package dev.wf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process against a folder, capturing exit code, stdout and stderr. */
final class Run {
    /** What one run gave. */
    record Result(int exit, String out, String err) {
    }

    private final Path dir;
    private final Map<String, String> vars = new HashMap<>(Map.of("WF_NOW", "2026-11-01T09:00:00Z", "WF_ACTOR",
            "tester", "NO_COLOR", "1"));
    private String input = "";
    private boolean terminal;

    Run(Path dir) {
        this.dir = dir;
    }

    Run env(String name, String value) {
        vars.put(name, value);
        return this;
    }

    Run terminal(String typed) {
        this.terminal = true;
        this.input = typed;
        return this;
    }

    Result wf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv env = new CliEnv(vars, dir, new BufferedReader(new StringReader(input)), terminal);
        int exit = Cli.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The seed's example, started. */
    Result startReportsApi() {
        return wf("start", "--goal", "Ship a public /reports REST API", "--why", "Partners pull reports.",
                "--phase", "schema", "--phase", "endpoint", "--phase", "docs", "--id", "reports-api");
    }

    String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        try {
            Files.createDirectories(dir.resolve(relative).getParent());
            Files.writeString(dir.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the folder with its content, to prove that a refused command wrote nothing. */
    Map<String, String> snapshot() {
        Map<String, String> files = new HashMap<>();
        try (var s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".wf.lock"))
                    .forEach(f -> files.put(dir.relativize(f).toString(), read(dir.relativize(f).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
