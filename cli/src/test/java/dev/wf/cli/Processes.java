package dev.wf.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts the real wf program as a separate JVM, on the test class path, in a project folder; finds other programs. */
final class Processes {
    private Processes() {
    }

    static Process start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("WF_ACTOR", "tester");
        pb.environment().put("NO_COLOR", "1");
        return pb.start();
    }

    /** Runs to the end; returns exit code and stdout (stderr appended after a marker line). */
    static String[] run(Path dir, String... args) throws IOException, InterruptedException {
        Process p = start(dir, args);
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new String[] {String.valueOf(code), new String(out, StandardCharsets.UTF_8),
            new String(err, StandardCharsets.UTF_8)};
    }

    /** Where a program is on PATH, if it is: tests of other tools (bash, zsh, groff) skip or fail by it. */
    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d).resolve(program))) {
                return Optional.of(Path.of(d).resolve(program));
            }
        }
        return Optional.empty();
    }

    /** Runs another program (found on PATH, else the test fails) in a folder, with no input, to the end. */
    static Run.Result tool(Path dir, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.set(0, onPath(cmd.get(0)).orElseThrow(() -> new AssertionError(cmd.get(0) + " is not on PATH"))
                .toString());
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 60 s");
        }
        return new Run.Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Closes its stdin and waits for it (at most 120 s): its exit code, stdout and stderr. Its stderr must be small
     * (it is read after stdout), as a launcher's is.
     */
    static Run.Result finish(Process p) throws IOException, InterruptedException {
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 120 s");
        }
        return new Run.Result(p.exitValue(), out, err);
    }
}
