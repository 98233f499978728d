package dev.wf.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real third-party checkers from the npm registry (the MCP Inspector, mermaid), installed once per build under
 * {@code target/npm/}. Without node and npm a test is skipped, except on CI (CI set), where it fails.
 */
final class Npm {
    private static final Path HOME = Path.of("target", "npm").toAbsolutePath();

    private Npm() {
    }

    /** The folder holding {@code packages} (each name@version), installed if they are not there yet. */
    static synchronized Path install(String folder, String... packages) throws IOException, InterruptedException {
        boolean present = Processes.onPath("node").isPresent() && Processes.onPath("npm").isPresent();
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("node and npm are needed on CI for " + String.join(", ", packages));
        }
        assumeTrue(present, "node and npm are not on PATH; skipped (CI fails instead)");
        Path dir = HOME.resolve(folder);
        Path done = dir.resolve(".installed");
        String want = String.join(" ", packages);
        if (Files.exists(done) && Files.readString(done).equals(want)) {
            return dir;
        }
        Files.createDirectories(dir);
        List<String> cmd = new java.util.ArrayList<>(List.of(Processes.onPath("npm").orElseThrow().toString(),
                "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", dir.toString()));
        cmd.addAll(List.of(packages));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("npm-install.log").toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("npm install " + want + " took over 10 minutes; see " + dir);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("npm install " + want + " failed (exit " + p.exitValue() + "):\n"
                    + Files.readString(dir.resolve("npm-install.log")));
        }
        Files.writeString(done, want);
        return dir;
    }
}
