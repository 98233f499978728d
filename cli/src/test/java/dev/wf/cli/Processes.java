package dev.wf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real wf program as a separate JVM, on the test class path, in a project folder. */
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
}
