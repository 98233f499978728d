package dev.wf.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Mermaid's own parser, run by Node. {@link #ready()} installs the pinned mermaid and jsdom (mermaid-check/ in the
 * test resources: package.json, package-lock.json) with {@code npm ci} into a cache folder, once per lockfile and
 * Node version; then {@link #parse} runs mermaid-check/parse-mermaid.mjs over the sources. The folder is
 * {@code $WF_MERMAID_CHECK_DIR}, else target/mermaid-check of the module; {@code $WF_NODE} and {@code $WF_NPM} name
 * other executables. Without Node or npm the check fails when {@code CI} is set and is skipped otherwise, saying why.
 */
public final class MermaidParser {
    public static final String DIR_VARIABLE = "WF_MERMAID_CHECK_DIR";
    private static final String RESOURCES = "/dev/wf/core/render/mermaid-check/";
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "parse-mermaid.mjs");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PARSE_TIMEOUT = Duration.ofMinutes(2);
    private static final String MARKER = "node_modules/.wf-installed";

    /** What the parser said of one source: ok with the diagram type, or not with its error. */
    public record Verdict(String name, boolean ok, String type, String error) {
    }

    /** Installed once per test run, or why not (rethrown, not retried); asked for before each test, so each says. */
    private static MermaidParser installed;
    private static Throwable problem;

    private final Path dir;

    private MermaidParser(Path dir) {
        this.dir = dir;
    }

    /** The parser, its packages installed; aborts the test (or fails it under CI) when Node or npm is missing. */
    public static synchronized MermaidParser ready() {
        if (installed == null && problem == null) {
            try {
                installed = install();
            } catch (RuntimeException | Error e) {
                problem = e;
            }
        }
        if (problem instanceof RuntimeException e) {
            throw e;
        }
        if (problem instanceof Error e) {
            throw e;
        }
        return installed;
    }

    private static MermaidParser install() {
        String node = version(command("node")).orElse(null);
        String npm = version(command("npm")).orElse(null);
        if (node == null || npm == null) {
            unavailable(command(node == null ? "node" : "npm") + " was not found");
        }
        int major = Integer.parseInt(node.replaceFirst("^v(\\d+).*", "$1"));
        if (major < 18) {
            unavailable("Node " + node.strip() + " is too old; jsdom needs 18 or newer");
        }
        Path dir = folder();
        try {
            Files.createDirectories(dir.resolve("inputs"));
            for (String name : FILES) {
                try (InputStream in = MermaidParser.class.getResourceAsStream(RESOURCES + name)) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String stamp = sha256(Files.readAllBytes(dir.resolve("package-lock.json"))) + " node " + node.strip();
            Path marker = dir.resolve(MARKER);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(stamp)) {
                Result r = run(dir, INSTALL_TIMEOUT, command("npm"), "ci", "--no-audit", "--no-fund",
                        "--ignore-scripts");
                if (r.exit() != 0) {
                    fail("npm ci of mermaid-check failed with exit " + r.exit() + " in " + dir + ":\n" + r.tail());
                }
                Files.writeString(marker, stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MermaidParser(dir);
    }

    /** Parses each source (by a name made of letters, digits and '-') and gives the verdicts in the same order. */
    public Map<String, Verdict> parse(Map<String, String> sources) {
        List<String> args = new ArrayList<>(List.of(command("node"), "parse-mermaid.mjs"));
        try {
            for (Map.Entry<String, String> s : sources.entrySet()) {
                Path file = dir.resolve("inputs").resolve(s.getKey() + ".mmd");
                Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
                args.add("inputs/" + file.getFileName());
            }
            Result r = run(dir, PARSE_TIMEOUT, args.toArray(String[]::new));
            if (r.exit() != 0 && r.exit() != 1) {
                fail("parse-mermaid.mjs failed with exit " + r.exit() + " in " + dir + ":\n" + r.tail());
            }
            Map<String, Verdict> out = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : r.output().lines().filter(l -> l.startsWith("{")).toList()) {
                JsonNode v = json.readTree(line);
                String name = v.get("file").asText().replaceFirst("^inputs/(.*)\\.mmd$", "$1");
                out.put(name, new Verdict(name, v.get("ok").asBoolean(), v.path("type").asText(null),
                        v.path("error").asText(null)));
            }
            if (!out.keySet().equals(sources.keySet())) {
                fail("parse-mermaid.mjs answered for " + out.keySet() + ", not for " + sources.keySet() + ":\n"
                        + r.tail());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unavailable(String why) {
        String message = "mermaid's parser cannot run: " + why + " (it needs Node 18+ and npm)";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(message + "; CI is set, so this is a failure");
        }
        Assumptions.abort(message + "; skipped (set CI=true to make it a failure)");
    }

    private static Path folder() {
        String set = System.getenv(DIR_VARIABLE);
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath();
        }
        try {
            Path classes = Path.of(MermaidParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().resolve("mermaid-check"); // target/test-classes -> target/mermaid-check
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code $WF_NODE} or {@code $WF_NPM} when set (a Node of nvm, say), else the one on the PATH. */
    private static String command(String name) {
        String set = System.getenv(name.equals("npm") ? "WF_NPM" : "WF_NODE");
        if (set != null && !set.isBlank()) {
            return set;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows && name.equals("npm") ? "npm.cmd" : name;
    }

    private static Optional<String> version(String command) {
        try {
            Result r = run(Path.of("."), Duration.ofSeconds(60), command, "--version");
            return r.exit() == 0 ? r.output().lines().reduce((a, b) -> b) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not installed
        }
    }

    private record Result(int exit, String output, String errors) {
        String tail() {
            List<String> lines = (output + errors).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
    }

    /** Runs a command with its output in files (no pipe to fill up), killing it when it outlives the timeout. */
    private static Result run(Path dir, Duration timeout, String... command) throws IOException {
        Path out = Files.createTempFile("wf-mermaid", ".out");
        Path err = Files.createTempFile("wf-mermaid", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s in " + dir);
            }
            return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
