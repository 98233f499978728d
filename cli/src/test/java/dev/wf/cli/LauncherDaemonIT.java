package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.cli.daemon.Rendezvous;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher asks a running daemon first, gets exactly what a JVM of its own would print, leaves the rest to Java,
 * and never uses a daemon of an older jar. Runs after packaging, on the built jar and the real launcher.
 */
class LauncherDaemonIT {
    @TempDir
    Path home;

    @TempDir
    Path project;

    private Run.Result wf(boolean daemon, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("wf").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("WF_ACTOR", "tester");
        env.put("NO_COLOR", "1");
        env.put("WF_NOW", "2026-11-01T09:00:00Z");
        env.put("WF_NO_CACHE", "1"); // LauncherCacheIT covers the cache; this is about the daemon
        if (daemon) {
            env.remove("WF_NO_DAEMON");
        } else {
            env.put("WF_NO_DAEMON", "1");
        }
        return Processes.finish(pb.start());
    }

    @AfterEach
    void stopTheDaemon() throws Exception {
        wf(true, "daemon", "stop");
        Rendezvous.read(home.resolve("cli/target/" + Rendezvous.FILE))
                .flatMap(r -> ProcessHandle.of(r.pid())).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void answersAsJavaWouldUntilWfIsRebuilt() throws Exception {
        Files.copy(Path.of("..", "wf"), home.resolve("wf"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("cli/target"));
        Path jar = home.resolve("cli/target/wf.jar");
        Files.copy(Path.of("target", "wf.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        assertThat(wf(false, "start", "--goal", "G", "--why", "w", "--phase", "a", "--phase", "b", "--phase", "c")
                .exit()).isZero();

        Run.Result started = wf(true, "daemon", "start");
        assertThat(started.exit()).as(started.err()).isZero();
        assertThat(started.out()).startsWith("wf daemon: started (pid ");

        for (String[] args : List.of(new String[] {"where"}, new String[] {"--json", "where"},
                new String[] {"next"}, new String[] {"-C", "no-such-folder", "where"}, new String[] {"where", "-x"})) {
            Run.Result java = wf(false, args);
            assertThat(wf(true, args)).as(String.join(" ", args)).isEqualTo(java);
        }
        Run.Result status = wf(true, "--json", "daemon", "status");
        assertThat(status.out()).contains("\"running\":true", "\"answered\":5"); // the five above, none by Java

        // A change runs in Java; the daemon's next answer shows it.
        assertThat(wf(true, "done").exit()).isZero();
        assertThat(wf(true, "where", "--brief")).isEqualTo(wf(false, "where", "--brief"));
        assertThat(wf(true, "where", "--brief").out()).contains("g › b");

        // Rebuilt: a new jar, its version changed inside. The daemon answers nothing more and ends.
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Files.writeString(zip.getPath("dev/wf/cli/version.properties"), "version=9.9.9-changed\n");
        }
        assertThat(wf(true, "where", "--brief").out()).contains("g › b");
        Run.Result after = wf(true, "daemon", "status");
        assertThat(after.exit()).isEqualTo(3);
        assertThat(after.out()).contains("not running");
        assertThat(home.resolve("cli/target/" + Rendezvous.FILE)).doesNotExist();
    }
}
