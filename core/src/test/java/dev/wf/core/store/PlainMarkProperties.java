package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.wf.core.testing.Project;
import dev.wf.core.testing.RandomTrees;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mark that wf wrote workflow.yaml with nothing of a person's to keep (see {@link PlainMark}) is never trusted
 * over the file: after an edit, including one that keeps the file's size and modification time, the next write
 * keeps what the edit added. The edits here come with a log that names the edited file (as when git checks out or
 * merges both), so that wf does not take them for hand edits, whose logging would drop the mark anyway.
 */
class PlainMarkProperties {
    private static final Pattern PLAIN_KEY_LINE = Pattern.compile("^( *)(- )?[a-z_]+: [A-Za-z][A-Za-z0-9 ]{5,}$");

    @TempDir
    Path dir;

    @Test
    void aWriteAfterAnEditKeepsWhatTheEditAdded() {
        Project p = new Project(dir);
        p.startReportsApi().add("endpoint", "GET /reports", "get-reports", null);
        assertThat(p.read("workflow-state/.wf-last.yaml")).as("the property is not vacuous: the file is marked")
                .startsWith("# wf-plain ");
        int[] added = {0};
        qt().withExamples(40).forAll(integers().between(0, 100_000), integers().between(0, 1)).checkAssert(
                (pick, kind) -> {
                    String text = p.yaml();
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    List<Integer> candidates = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        if (PLAIN_KEY_LINE.matcher(lines.get(i)).matches()
                                && (kind == 0 || lines.get(i).strip().matches("(- )?title: .*"))) {
                            candidates.add(i);
                        }
                    }
                    int at = candidates.get(pick % candidates.size());
                    String line = lines.get(at);
                    // 0: a comment line above a key; 1: a title's last three characters become a comment, so the
                    // file keeps its size (the title changes, which wf logs as a hand edit)
                    String edited = kind == 0 ? " ".repeat(line.indexOf(line.strip())) + "# kept " + pick
                            : line.substring(0, line.length() - 3) + " #k";
                    if (kind == 0) {
                        lines.add(at, edited);
                    } else {
                        lines.set(at, edited);
                    }
                    replaceWithItsLog(p, String.join("\n", lines), kind == 1);
                    long handEdits = p.types().stream().filter("edit.detected"::equals).count();

                    p.ws().add("docs", "Step " + ++added[0], null, null);

                    assertThat(p.types().stream().filter("edit.detected"::equals).count()).isEqualTo(handEdits);
                    assertThat(p.yaml()).as("after editing line %d to %s", at + 1, edited).contains(edited + "\n");
                    assertThat(p.read("workflow-state/.wf-last.yaml")).doesNotStartWith("# wf-plain ");
                    replaceWithItsLog(p, text, false); // wf's own text again, marked by the next write
                    p.ws().add("docs", "Step " + ++added[0], null, null);
                    assertThat(p.read("workflow-state/.wf-last.yaml")).startsWith("# wf-plain ");
                });
    }

    @Test
    void aFileWithAPersonsCommentsIsNotMarked() {
        Project p = new Project(dir);
        p.startReportsApi();
        p.write("workflow-state/workflow.yaml", p.yaml().replace("\nphases:\n", "\n# the plan\nphases:\n"));

        p.ws().add("endpoint", "GET /reports", "get-reports", null);

        assertThat(p.yaml()).contains("# the plan\nphases:\n");
        assertThat(p.read("workflow-state/.wf-last.yaml")).doesNotStartWith("# wf-plain ");
    }

    @Test
    void aChangeThatOnlyLogsKeepsTheMark() throws IOException {
        Project p = new Project(dir);
        p.startReportsApi().add("endpoint", "GET /reports", "get-reports", null);
        String marked = p.read("workflow-state/.wf-last.yaml");
        Files.createDirectories(dir.resolve("workflow-state/.wf-staging"));
        p.write("workflow-state/.wf-staging/0.tmp", "half a change"); // rolled back and logged: events, same tree

        p.ws().where();

        assertThat(p.types()).contains("recovered");
        assertThat(p.read("workflow-state/.wf-last.yaml")).isEqualTo(marked).startsWith("# wf-plain ");
    }

    @Test
    void aMarkIsReadOnlyFromAPlainFileNotThroughALink() throws IOException {
        Project p = new Project(dir);
        p.startReportsApi().add("endpoint", "GET /reports", "get-reports", null);
        String text = p.yaml().replace("\nphases:\n", "\n# the plan\nphases:\n");
        replaceWithItsLog(p, text, false);
        Path forged = dir.resolve("elsewhere.yaml"); // a mark that wrongly calls the commented text plain
        Files.writeString(forged, PlainMark.line(Hashing.sha256(text.getBytes(UTF_8))) + text);
        Path snapshot = dir.resolve("workflow-state/.wf-last.yaml");
        Files.delete(snapshot);
        Files.createSymbolicLink(snapshot, forged);

        p.ws().add("docs", "API reference", "api-ref", null);

        assertThat(p.yaml()).contains("# the plan\nphases:\n");
    }

    /** Bump {@code PlainMark}'s form when this fails: the writer now writes some tree differently. */
    @Test
    void theWritersOutputIsTheOneItsFormNames() {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < 200; seed++) {
            all.append(WorkflowCodec.format(new RandomTrees(seed).workflow(), Layout.empty()));
        }

        assertThat(PlainMark.line("x")).startsWith("# wf-plain form 1 ");
        assertThat(Hashing.sha256(all.toString().getBytes(UTF_8))).as("the writer's output for 200 random trees")
                .isEqualTo("52d189340f15946a189fd24350cceacbda4fc169bcdd399d467177a9d08b18e5");
    }

    /**
     * Puts {@code text} in workflow.yaml and makes the log's hash of the file name it, as git does when it checks
     * out or merges both; with {@code sameTime} the file keeps its modification time (and size, asserted).
     */
    private static void replaceWithItsLog(Project p, String text, boolean sameTime) {
        try {
            Path file = p.dir.resolve("workflow-state/workflow.yaml");
            String was = Files.readString(file);
            FileTime time = Files.getLastModifiedTime(file);
            Files.writeString(file, text);
            if (sameTime) {
                Files.setLastModifiedTime(file, time);
                assertThat(text.getBytes(UTF_8)).hasSameSizeAs(was.getBytes(UTF_8));
            }
            p.write("workflow-state/log.jsonl", p.read("workflow-state/log.jsonl")
                    .replace(Hashing.sha256(was.getBytes(UTF_8)), Hashing.sha256(text.getBytes(UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
