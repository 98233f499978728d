package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class cache (AOT on JDK 25+, CDS on 17-18) never breaks a command and never serves another jar's
 * classes: a damaged, mismatched or stale cache still gives the right answer, is made again, and the user is told
 * once. Runs after packaging, on the built jar, with the JDK running the tests and each JDK listed in the
 * environment variable WF_TEST_JDKS (folders, separated like PATH).
 */
class LauncherCacheIT {
    @TempDir
    Path home;

    @TempDir
    Path projects;

    private Path project;

    private Run.Result wf(Path jdk, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("wf").toString(), "-C", project.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", jdk.toString());
        env.put("WF_ACTOR", "tester");
        env.put("NO_COLOR", "1");
        env.put("WF_NOW", "2026-11-01T09:00:00Z");
        env.remove("WF_NO_CACHE");
        return Processes.finish(pb.start());
    }

    private static int feature(Path jdk) throws IOException {
        String release = Files.readString(jdk.resolve("release"));
        String v = release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1");
        return Integer.parseInt(v);
    }

    @TestFactory
    Stream<DynamicTest> aBadCacheFallsBackToTheRightAnswerAndIsMadeAgain() {
        List<Path> jdks = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        String more = System.getenv("WF_TEST_JDKS");
        if (more != null && !more.isBlank()) {
            for (String j : more.split(File.pathSeparator)) {
                jdks.add(Path.of(j));
            }
        }
        return jdks.stream().distinct().map(jdk -> DynamicTest.dynamicTest("JDK at " + jdk, () -> check(jdk)));
    }

    private void check(Path jdk) throws Exception {
        project = Files.createTempDirectory(projects, "project");
        Files.copy(Path.of("..", "wf"), home.resolve("wf"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("cli/target"));
        Path jar = home.resolve("cli/target/wf.jar");
        Files.copy(Path.of("target", "wf.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        int version = feature(jdk);
        String kind = version >= 25 ? "aot" : version <= 18 ? "jsa" : null;
        Path cache = kind == null ? null : home.resolve("cli/target/wf-java" + version + "." + kind);
        String notice = "class cache did not match";

        assertThat(wf(jdk, "start", "--goal", "G", "--why", "w", "--phase", "a", "--phase", "b", "--phase", "c")
                .exit()).isZero();
        Run.Result good = wf(jdk, "where", "--brief");
        assertThat(good.exit()).isZero();
        assertThat(good.out()).contains("g › a");
        // The launcher's quick exit keeps a failure's code, its one line, and all of stdout.
        Run.Result missing = wf(jdk, "--json", "goto", "no-such-step", "--why", "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).startsWith("{\"error\":").endsWith("}\n");
        assertThat(missing.err().lines()).hasSize(1);
        Run.Result export = wf(jdk, "export", "--format", "json");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).endsWith("}\n");
        if (cache == null) {
            return; // JDK 19-24 keep and check their own archive
        }
        assertThat(cache).isRegularFile();

        // Damaged: cut short. The answer is right, the user is told once, and the cache is made again.
        try (var ch = java.nio.channels.FileChannel.open(cache, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(1000);
        }
        Run.Result cut = wf(jdk, "where", "--brief");
        assertThat(cut.out()).isEqualTo(good.out());
        assertThat(cut.err().lines().filter(l -> l.contains(notice))).hasSize(1);
        assertThat(Files.size(cache)).isGreaterThan(1000);
        assertThat(wf(jdk, "where", "--brief").err()).doesNotContain(notice);

        // Damaged in place, same size: the JVM refuses it and runs without it; the answer is still right.
        byte[] junk = new byte[(int) Files.size(cache)];
        new Random(1).nextBytes(junk);
        Files.write(cache, junk);
        assertThat(wf(jdk, "where", "--brief").out()).isEqualTo(good.out());

        // Made by another JDK of the same version (another folder): made again.
        Path stamp = home.resolve("cli/target/wf-java" + version + ".stamp");
        Files.writeString(stamp, Files.readString(stamp).replace(jdk.toRealPath().toString(), "/elsewhere/jdk"));
        Run.Result other = wf(jdk, "where", "--brief");
        assertThat(other.out()).isEqualTo(good.out());
        assertThat(other.err()).contains(notice);

        // Stale: a new jar (its version changed inside). The new jar's answer, never the cached one.
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path props = zip.getPath("dev/wf/cli/version.properties");
            Files.writeString(props, "version=9.9.9-changed\n");
        }
        Run.Result stale = wf(jdk, "--version");
        assertThat(stale.out()).contains("9.9.9-changed");
        assertThat(stale.err().lines().filter(l -> l.contains(notice))).hasSize(1);
        assertThat(wf(jdk, "where", "--brief").out()).isEqualTo(good.out());
    }
}
