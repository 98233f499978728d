package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wf.core.error.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * --json on every command, pinned by golden files in src/test/resources/json-golden/ (the steps: JsonScenario; what
 * is normalised: Golden.normalise; the schemas: docs/json.md). After an intended change to a JSON view, rewrite the
 * goldens and review the diff:
 * {@code ./mvnw -B test -pl cli -am -Dtest=JsonGoldenTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dwf.golden.update=true} (with -am, the core module is this checkout's, not whatever ~/.m2 holds).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JsonGoldenTests {
    @TempDir
    Path dir;
    private final Deque<AutoCloseable> held = new ArrayDeque<>();

    @AfterEach
    void letGo() throws Exception {
        while (!held.isEmpty()) {
            held.pop().close();
        }
    }

    @TestFactory
    @Order(1) // writes the goldens under -Dwf.golden.update=true, before the tests that read them
    Stream<DynamicTest> everyCommandPrintsItsGoldenJson() {
        return JsonScenario.steps().stream().map(step -> dynamicTest(title(step), () -> run(step)));
    }

    private void run(JsonScenario.Step step) throws Exception {
        if (step.action() != null) {
            step.action().run(dir, held);
            return;
        }
        Path in = Files.createDirectories(dir.resolve(step.project()));
        Run.Result r = new Run(in).wf(step.args().toArray(String[]::new));
        String what = "wf " + String.join(" ", step.args()) + "\nstdout: " + r.out() + "\nstderr: " + r.err();
        if (step.golden() == null) {
            assertThat(r.exit()).as(what).isZero();
            return;
        }

        assertThat(r.exit()).as(what).isEqualTo(step.exit());
        String out = Golden.normalise(r.out(), dir);
        Golden.compare(step.file(), step.stream() ? Golden.lines(out) : Golden.document(out));
        for (String notice : Golden.notices(r.out())) {
            assertThat(r.err()).as("a change's notices are on stderr too").contains(notice);
        }
        if (r.out().startsWith("{\"error\":")) {
            assertThat(r.err()).as("the error's line on stderr").startsWith("wf: ");
            List<String> text = step.args().stream().filter(a -> !a.equals("--json")).toList();
            assertThat(new Run(in).wf(text.toArray(String[]::new)).exit()).as("the same exit code without --json")
                    .isEqualTo(step.exit());
        }
    }

    private static String title(JsonScenario.Step step) {
        return step.golden() != null ? step.file() + ": wf " + String.join(" ", step.args())
                : step.action() != null ? "(" + step.project() + ": set the scene)"
                : "(" + step.project() + ": wf " + String.join(" ", step.args()) + ")";
    }

    @Test
    void everyCommandInTheTreeHasAGolden() {
        Set<String> covered = JsonScenario.steps().stream().filter(s -> s.golden() != null)
                .map(s -> command(s.args())).collect(Collectors.toSet());

        assertThat(commands()).allSatisfy(c -> assertThat(covered).as("a golden step for '%s' in JsonScenario", c)
                .contains(c));
    }

    @Test
    void everyGoldenFileBelongsToAStep() throws IOException {
        Set<String> expected = JsonScenario.steps().stream().filter(s -> s.golden() != null)
                .map(JsonScenario.Step::file).collect(Collectors.toSet());

        assertThat(Golden.files()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void docsNameEveryCommandEveryErrorKindAndEveryKey() throws IOException {
        String docs = Files.readString(Golden.module().getParent().resolve("docs/json.md"), StandardCharsets.UTF_8);
        Set<String> keys = new TreeSet<>();
        for (String file : Golden.files()) {
            keys.addAll(Golden.keys(Golden.folder().resolve(file)));
        }

        assertThat(commands()).allSatisfy(c -> assertThat(docs).contains("`" + c));
        assertThat(docs).contains("| `usage` | 2 |");
        for (ErrorKind k : ErrorKind.values()) {
            assertThat(docs).contains("| `" + k.name().toLowerCase(Locale.ROOT) + "` | " + ExitCodes.of(k) + " |");
        }
        assertThat(keys).allSatisfy(k -> assertThat(docs).as("docs/json.md names the key `%s` (or `x.%s`)", k, k)
                .containsPattern("[`.]" + java.util.regex.Pattern.quote(k) + "`"));
    }

    /** Every command of the real tree, by its full name: wf, wf start, ..., wf operation create, wf help. */
    private static Set<String> commands() {
        Set<String> all = new TreeSet<>();
        walk(cli(), all);
        return all;
    }

    private static void walk(CommandLine cl, Set<String> all) {
        all.add(cl.getCommandSpec().qualifiedName());
        cl.getSubcommands().values().forEach(sub -> walk(sub, all));
    }

    /** The command a step's arguments reach, as picocli parses them (a usage error: where it stopped). */
    private static String command(List<String> args) {
        try {
            ParseResult p = cli().parseArgs(args.toArray(String[]::new));
            while (p.hasSubcommand()) {
                p = p.subcommand();
            }
            return p.commandSpec().qualifiedName();
        } catch (ParameterException e) {
            return e.getCommandLine().getCommandSpec().qualifiedName();
        }
    }

    private static CommandLine cli() {
        CliEnv env = new CliEnv(Map.of(), Path.of(""), new BufferedReader(new StringReader("")), false);
        return Cli.create(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
