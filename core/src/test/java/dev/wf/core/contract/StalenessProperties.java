package dev.wf.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.model.Extras;
import dev.wf.core.model.Goal;
import dev.wf.core.model.GoalStatus;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For random contracts over random Markdown files, and random edits to their sections, a phase is reported stale if
 * and only if a section (or whole file) it reads changed, directly or through the outputs of a phase before it.
 */
class StalenessProperties {
    @TempDir
    Path dir;

    /** A Markdown file as a model: its sections in order, each a heading and a body. */
    private record Doc(List<String[]> sections) {
        String text() {
            return "# Title\n\nIntro.\n\n" + sections.stream().map(s -> "## " + s[0] + "\n\n" + s[1] + "\n")
                    .collect(Collectors.joining("\n"));
        }

        Doc copy() {
            return new Doc(new ArrayList<>(sections.stream().map(s -> new String[] {s[0], s[1]}).toList()));
        }
    }

    @Test
    void aPhaseIsStaleIfAndOnlyIfSomethingItDependsOnChanged() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Path root = fresh(seed);
            Map<String, Doc> docs = new LinkedHashMap<>();
            for (int f = 0; f < 1 + r.nextInt(3); f++) {
                List<String[]> sections = new ArrayList<>();
                for (int s = 0; s < 2 + r.nextInt(4); s++) {
                    sections.add(new String[] {"Section " + f + "." + s, "Body " + r.nextInt(1000) + "."});
                }
                docs.put("docs/f" + f + ".md", new Doc(sections));
            }
            List<Node> phases = new ArrayList<>();
            int count = 2 + r.nextInt(5);
            for (int k = 0; k < count; k++) {
                List<Input> inputs = new ArrayList<>();
                for (String file : docs.keySet()) {
                    if (r.nextInt(8) == 0) {
                        inputs.add(new Input(SourceKind.L3_REFERENCE, file, Input.FULL_FILE, null, null));
                    }
                    for (String[] s : docs.get(file).sections()) {
                        if (r.nextInt(4) == 0) {
                            inputs.add(new Input(SourceKind.L3_REFERENCE, file, s[0], null, null));
                        }
                    }
                }
                for (int q = 0; q < k; q++) {
                    if (r.nextInt(3) == 0) {
                        inputs.add(new Input(SourceKind.L4_PREV_PHASE, "out/p" + q + ".txt", Input.FULL_FILE, null,
                                null));
                    }
                }
                phases.add(new Node("p" + k, "phase " + k, NodeStatus.DONE, null, null, null, inputs, null, null,
                        List.of(new Output("result", "out/p" + k + ".txt", null, null)), null, List.of(), Extras.NONE));
                write(root, "out/p" + k + ".txt", "result of " + k);
            }
            docs.forEach((file, doc) -> write(root, file, doc.text()));
            Workflow done = new Workflow(new Goal("g", "goal", GoalStatus.COMPLETED, null, null, null), phases,
                    List.of(), "p0", null, null, null);
            Workflow planned = done.withPhases(phases.stream().map(n -> n.withStatus(NodeStatus.PLANNED)).toList());
            Baselines records = Baselines.from(Baselines.events(planned, done, new Artifacts(root)));

            Set<String> changedSections = new HashSet<>();
            Set<String> changedFiles = new HashSet<>();
            for (Map.Entry<String, Doc> e : docs.entrySet()) {
                Doc after = e.getValue().copy();
                List<String[]> s = after.sections();
                switch (r.nextInt(4)) {
                    case 0 -> { // edit one section's body
                        String[] x = s.get(r.nextInt(s.size()));
                        x[1] = x[1] + " Edited.";
                        changedSections.add(e.getKey() + "#" + x[0]);
                    }
                    case 1 -> { // rename one heading
                        int i = r.nextInt(s.size());
                        changedSections.add(e.getKey() + "#" + s.get(i)[0]);
                        s.set(i, new String[] {s.get(i)[0] + " renamed", s.get(i)[1]});
                    }
                    case 2 -> { // reorder two sections: no section changes
                        int i = r.nextInt(s.size());
                        int j = r.nextInt(s.size());
                        String[] t = s.get(i);
                        s.set(i, s.get(j));
                        s.set(j, t);
                    }
                    default -> { // leave the file alone
                    }
                }
                if (!after.text().equals(e.getValue().text())) {
                    changedFiles.add(e.getKey());
                }
                write(root, e.getKey(), after.text());
            }

            Set<String> expected = new TreeSet<>();
            for (Node n : phases) {
                boolean direct = n.inputs().stream().anyMatch(in -> in.source() == SourceKind.L3_REFERENCE
                        && (Input.FULL_FILE.equals(in.section()) ? changedFiles.contains(in.file())
                                : changedSections.contains(in.file() + "#" + in.section())));
                boolean upstream = n.inputs().stream().anyMatch(in -> in.source() == SourceKind.L4_PREV_PHASE
                        && expected.contains(in.file().replace("out/", "").replace(".txt", "")));
                if (direct || upstream) {
                    expected.add(n.id());
                }
            }
            Artifacts now = new Artifacts(root);
            Set<String> reported = Staleness.find(done, records, now::hash).stream().map(Staleness.Stale::node)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(reported).as("seed %d", seed).isEqualTo(expected);
        });
    }

    private Path fresh(long seed) {
        try {
            return Files.createDirectories(dir.resolve(Long.toHexString(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
