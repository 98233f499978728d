package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

/** The roff man pages the build writes (DocsGenerator): every verb's page, in roff that groff reads cleanly. */
class RoffManPageTests {
    @TempDir
    Path dir;

    private final CommandSpec wf = Cli.create(new CliEnv(Map.of(), Path.of("."),
            new BufferedReader(Reader.nullReader()), false), new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter())).getCommandSpec();

    @Test
    void everyVisibleCommandGetsOnePageNamedAfterItsPath() {
        List<String> names = RoffManPage.tree(wf).stream().map(RoffManPage::fileName).toList();

        assertThat(names).doesNotHaveDuplicates().contains("wf.1", "wf-where.1", "wf-completion.1",
                "wf-template-list.1", "wf-operation-create.1");
    }

    @Test
    void aVerbsPageHasItsArgumentsOptionsNotesAndParent() {
        String page = RoffManPage.render(wf.subcommands().get("completion").getCommandSpec(), "wf 1.2.3");

        assertThat(page).startsWith(".TH \"WF\\-COMPLETION\" \"1\" \"\" \"wf 1.2.3\" \"wf manual\"\n")
                .contains(".SH \"ARGUMENTS\"\n.TP\n\\fISHELL\\fR\nOne of: bash, zsh.\n")
                .contains(".TP\n\\fB\\-\\-wait\\fR=\\fISECONDS\\fR\n")
                .contains("  source <(wf completion bash)\n")
                .endsWith(".SH \"SEE ALSO\"\n\\fBwf\\fR(1)\n");
    }

    @Test
    void textCannotTurnIntoRoffRequests() {
        String escaped = RoffManPage.escapeLines(".TH evil\n'br\nback\\slash -x › done");

        assertThat(escaped).isEqualTo("\\&.TH evil\n\\&'br\nback\\eslash \\-x \\[u203A] done");
    }

    @Test
    void groffReadsEveryPageWithoutAWarning() throws Exception {
        assumeTrue(Processes.onPath("groff").isPresent(), "groff is not installed");
        for (CommandSpec spec : RoffManPage.tree(wf)) {
            Path page = dir.resolve(RoffManPage.fileName(spec));
            Files.writeString(page, RoffManPage.render(spec, "wf test"), StandardCharsets.UTF_8);

            Run.Result r = Processes.tool(dir, List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()));

            assertThat(r.err()).as(page.getFileName().toString()).isEmpty();
            assertThat(r.exit()).isZero();
        }
    }
}
