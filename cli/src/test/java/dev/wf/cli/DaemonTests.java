package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.cli.daemon.Daemon;
import dev.wf.cli.daemon.DaemonClient;
import dev.wf.cli.daemon.Rendezvous;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon answers exactly as the command line would, only the commands it takes, and only its own client. */
class DaemonTests {
    private static final Map<String, String> ENV = Map.of("WF_NOW", "2026-11-01T09:00:00Z", "WF_ACTOR", "tester",
            "NO_COLOR", "1");

    @TempDir
    Path project;

    @TempDir
    Path home;

    private final AtomicBoolean rebuilt = new AtomicBoolean();
    private Daemon daemon;
    private Thread serving;
    private Path file;

    @BeforeEach
    void startDaemon() throws IOException {
        new Run(project).startReportsApi();
        file = home.resolve(Rendezvous.FILE);
        daemon = Daemon.open(file, rebuilt::get, Duration.ofMinutes(5), DaemonCommand::run);
        serving = new Thread(() -> {
            try {
                daemon.serve();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        serving.start();
    }

    @AfterEach
    void stopDaemon() throws InterruptedException {
        DaemonClient.ask(daemon.rendezvous(), List.of("stop"));
        serving.join(10_000);
    }

    private Optional<DaemonClient.Answer> run(String... args) {
        return run(JAVA, Map.of(), args);
    }

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A run request as the launcher sends it: this JVM's java and locale unless told otherwise. */
    private Optional<DaemonClient.Answer> run(String java, Map<String, String> other, String... args) {
        Map<String, String> env = new java.util.TreeMap<>(ENV);
        DaemonCommand.SAME_AS_DAEMON.forEach(n -> {
            if (System.getenv(n) != null) {
                env.put(n, System.getenv(n));
            }
        });
        env.putAll(other);
        List<String> fields = new ArrayList<>(List.of("run", project.toString(), "0", java,
                String.valueOf(env.size())));
        env.forEach((k, v) -> fields.add(k + "=" + v));
        fields.add(String.valueOf(args.length));
        fields.addAll(List.of(args));
        return DaemonClient.ask(daemon.rendezvous(), fields);
    }

    @Test
    void answersAsTheCommandLineDoesOutputErrorsAndExitCodes() {
        for (String[] args : List.of(new String[] {"where"}, new String[] {"--json", "where"},
                new String[] {"where", "--brief"}, new String[] {"next"}, new String[] {"list"},
                new String[] {"log", "--last", "2"}, new String[] {"check"}, new String[] {"context"},
                new String[] {"context", "no-such-step"}, new String[] {"where", "--bogus"},
                new String[] {"-C", "no-such-folder", "where"})) {
            Run.Result direct = new Run(project).wf(args);

            DaemonClient.Answer a = run(args).orElseThrow();

            assertThat(a.fallback()).as(String.join(" ", args)).isFalse();
            assertThat(new Run.Result(a.exit(), a.out(), a.err())).as(String.join(" ", args)).isEqualTo(direct);
        }
        assertThat(run("where").orElseThrow().out()).contains("schema");
    }

    @Test
    void leavesToTheLauncherWhatWritesAsksOrNeverEnds() {
        for (String[] args : List.of(new String[] {"done"}, new String[] {"start", "--goal", "x"},
                new String[] {"check", "--fix"}, new String[] {"log", "--follow"}, new String[] {"log", "-f"},
                new String[] {"-q", "log", "-qf"}, new String[] {"mcp"}, new String[] {"--version"},
                new String[] {})) {
            assertThat(run(args).orElseThrow().fallback()).as(String.join(" ", args)).isTrue();
        }
        assertThat(new Run(project).read("workflow-state/log.jsonl")).doesNotContain("step.done");
    }

    @Test
    void seesEveryChangeToTheFilesBetweenCommands() throws IOException {
        String before = run("where", "--brief").orElseThrow().out();
        assertThat(new Run(project).wf("done").exit()).isZero();

        String after = run("where", "--brief").orElseThrow().out();

        assertThat(after).isNotEqualTo(before).isEqualTo(new Run(project).wf("where", "--brief").out());
    }

    @Test
    void aClientWithoutTheSecretGetsNothingAndAServerWithoutItIsNotBelieved() {
        Rendezvous r = daemon.rendezvous();
        Rendezvous wrongClient = new Rendezvous(r.port(), r.serverSecret(), "0".repeat(48), r.pid());
        Rendezvous wrongServer = new Rendezvous(r.port(), "0".repeat(48), r.clientSecret(), r.pid());

        assertThat(DaemonClient.ask(wrongClient, List.of("status"))).isEmpty();
        assertThat(DaemonClient.ask(wrongServer, List.of("status"))).isEmpty();
        assertThat(DaemonClient.ask(r, List.of("status"))).isPresent();
    }

    @Test
    void theFileIsTheOwnersAloneAndNamesThisDaemon() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Rendezvous.read(file)).contains(daemon.rendezvous());
    }

    @Test
    void afterARebuildItAnswersNothingMoreEndsAndRemovesItsFile() throws InterruptedException {
        assertThat(run("where").orElseThrow().fallback()).isFalse();
        rebuilt.set(true);

        assertThat(run("where").orElseThrow().fallback()).isTrue();

        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(file).doesNotExist();
        assertThat(run("where")).isEmpty();
    }

    @Test
    void stopEndsItAndRemovesItsFile() throws InterruptedException {
        assertThat(DaemonClient.ask(daemon.rendezvous(), List.of("stop"))).isPresent();

        serving.join(10_000);

        assertThat(serving.isAlive()).isFalse();
        assertThat(file).doesNotExist();
    }

    @Test
    void endsByItselfWhenIdle(@TempDir Path other) throws Exception {
        Daemon idle = Daemon.open(other.resolve(Rendezvous.FILE), () -> false, Duration.ofMillis(300),
                DaemonCommand::run);
        long start = System.nanoTime();

        idle.serve();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(other.resolve(Rendezvous.FILE)).doesNotExist();
    }

    @Test
    void aRequestCutShortIsDroppedAndTheNextOneAnswered() throws IOException {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                daemon.rendezvous().port())) {
            s.getOutputStream().write((daemon.rendezvous().clientSecret() + "\0run\0").getBytes(StandardCharsets.UTF_8));
            s.getInputStream().read(new byte[200]);
        }
        assertThat(run("where").orElseThrow().fallback()).isFalse();
    }

    @Test
    void aStrangerLearnsNothingNotEvenTheDaemonsSecret() throws IOException {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                daemon.rendezvous().port())) {
            s.getOutputStream().write("guess\0status\0".getBytes(StandardCharsets.UTF_8));
            assertThat(s.getInputStream().readAllBytes()).isEmpty();
        }
    }

    @Test
    void aClientThatSaysNothingHoldsUpNoOne() throws IOException {
        try (java.net.Socket silent = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                daemon.rendezvous().port())) {
            silent.getOutputStream().write(daemon.rendezvous().clientSecret().getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();

            assertThat(run("where").orElseThrow().fallback()).isFalse();

            // Served while the silent one is still connected, well before the daemon gives up on it (3 s).
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        }
    }

    @Test
    void anotherJavaOrLocaleThanTheDaemonsIsLeftToTheLauncher() {
        assertThat(run(JAVA, Map.of(), "where").orElseThrow().fallback()).isFalse();
        assertThat(run("/no/such/java", Map.of(), "where").orElseThrow().fallback()).isTrue();
        String other = "xx_XX.UTF-8".equals(System.getenv("LC_ALL")) ? "yy_YY.UTF-8" : "xx_XX.UTF-8";
        assertThat(run(JAVA, Map.of("LC_ALL", other), "where").orElseThrow().fallback()).isTrue();
        assertThat(run(JAVA, Map.of("WF_JAVA_OPTS", "-Duser.language=de"), "where").orElseThrow().fallback()).isTrue();
    }

    @Test
    void aFileOthersCanReadIsNotBelieved() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(Rendezvous.read(file)).isEmpty();
    }

    @Test
    void afterARebuildStatusSaysNothingAndTheDaemonEnds() throws InterruptedException {
        rebuilt.set(true);

        assertThat(DaemonClient.ask(daemon.rendezvous(), List.of("status")).orElseThrow().fallback()).isTrue();

        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
    }

    /** The launcher passes on every environment variable that wf reads; one it left out would be silently unset. */
    @Test
    void theLauncherPassesOnEveryVariableWfReads() throws IOException {
        Pattern read = Pattern.compile("(?:var|get|getOrDefault)\\(\"([A-Z][A-Z0-9_]+)\"");
        TreeSet<String> names = new TreeSet<>();
        for (Path src : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = read.matcher(Files.readString(f));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        String launcher = Files.readString(Path.of("../wf"));
        String passed = launcher.substring(launcher.indexOf("for n in "), launcher.indexOf("; do", launcher.indexOf(
                "for n in ")));

        assertThat(names).contains("WF_ACTOR", "HOME", "NO_COLOR");
        names.remove("WF_LAUNCHER"); // set by the launcher itself
        assertThat(names).allSatisfy(n -> assertThat(passed).contains(" " + n));
    }
}
