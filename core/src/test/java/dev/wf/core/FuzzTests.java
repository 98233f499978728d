package dev.wf.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wf.core.contract.Sections;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.merge.FileMerge;
import dev.wf.core.merge.LogMerge;
import dev.wf.core.merge.TreeMerge;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Invariants;
import dev.wf.core.store.EventCodec;
import dev.wf.core.store.EventLog;
import dev.wf.core.store.QuickReaderCheck;
import dev.wf.core.store.WorkflowCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets. In a normal build they run the committed inputs under
 * {@code src/test/resources/dev/wf/core/FuzzTestsInputs/<target>/}; {@code bench/fuzz.sh} fuzzes them for longer.
 * The property: any input gives a valid result or one of wf's own errors with a location, never another exception.
 */
class FuzzTests {
    /**
     * The YAML loader with its schema checks: a tree (which then writes and reads back as itself), or wf's error; and
     * whatever the quick reader takes, it reads as SnakeYAML Engine does.
     */
    @FuzzTest(maxDuration = "10m")
    void yamlLoader(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        QuickReaderCheck.sameAsSnakeYaml(text); // the quick reader reads what it takes exactly as SnakeYAML does
        WorkflowCodec.Parsed parsed;
        try {
            parsed = WorkflowCodec.parse(text, "fuzz.yaml");
        } catch (WfException e) {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
            assertThat(e.location()).as(e.getMessage()).isPresent();
            return;
        }
        String written = WorkflowCodec.format(parsed.workflow(), parsed.layout());
        assertThat(WorkflowCodec.parse(written, "written.yaml").workflow()).isEqualTo(parsed.workflow());
    }

    /** The log reader: whatever the bytes, it reads the complete events and reports the rest, and never throws. */
    @FuzzTest(maxDuration = "10m")
    void logReader(byte[] input) throws IOException {
        Path log = Files.createTempFile("wf-fuzz", ".jsonl");
        try {
            Files.write(log, input);
            EventLog.Read r = EventLog.read(log);
            assertThat(r.events().size() + r.badLines().size()).isLessThanOrEqualTo(input.length + 1);
            r.events().forEach(e -> {
                try {
                    assertThat(EventCodec.fromLine(EventCodec.toLine(e))).isEqualTo(e);
                } catch (IOException x) {
                    throw new AssertionError("an event read from the log does not read back", x);
                }
            });
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The merge of two workflow files (and their logs): from two valid sides a tree that keeps every rule. */
    @FuzzTest(maxDuration = "10m")
    void merge(FuzzedDataProvider data) throws IOException {
        String base = data.consumeString(4000);
        String ours = data.consumeString(4000);
        String theirs = data.consumeRemainingAsString();
        TreeMerge.Result r;
        try {
            r = FileMerge.yaml(base, ours, theirs, java.util.List.of());
        } catch (WfException e) {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
            return;
        }
        Workflow merged = r.merged();
        boolean sidesValid = Invariants.check(WorkflowCodec.parse(ours, "o").workflow()).isEmpty()
                && Invariants.check(WorkflowCodec.parse(theirs, "t").workflow()).isEmpty();
        if (sidesValid) { // a side that breaks a rule by hand passes it on; wf reports it at the next command
            assertThat(Invariants.check(merged)).as(r.conflicts().toString()).isEmpty();
        }
        assertThat(LogMerge.merge(ours, theirs)).startsWith(ours.isBlank() ? "" : ours.stripTrailing());
    }

    /** The Markdown section extractor: headings and sections of any text, without an exception. */
    @FuzzTest(maxDuration = "10m")
    void markdownSections(FuzzedDataProvider data) {
        String name = data.consumeString(80);
        String text = data.consumeRemainingAsString();
        var headings = Sections.headings(text);
        headings.forEach(h -> assertThat(h.startLine()).isLessThan(h.endLine()));
        Sections.section(text, name).ifPresent(s -> assertThat(s).endsWith("\n"));
    }
}
