package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** wf completion: scripts the real shells accept, and that complete the live command tree. */
class CompletionTests {
    @TempDir
    Path dir;

    @Test
    void theBashScriptPassesBashsSyntaxCheck() throws Exception {
        Path script = script("bash");

        Run.Result r = Processes.tool(dir, List.of("bash", "-n", script.toString()));

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @ParameterizedTest(name = "''{0}'' completes to {1}")
    @CsvSource(delimiter = '|', value = {
        "wf wh|where",
        "'wf completion '|bash zsh",
        "'wf export --format '|mermaid dot json markdown",
        "wf template l|list"})
    void theSourcedBashScriptCompletesTheLiveCommandTree(String typed, String expected) throws Exception {
        Path script = script("bash");
        // What bash's readline sets before it calls the function; compopt complains outside readline, so
        // stderr is dropped.
        String call = "source \"$1\"; COMP_LINE=\"$2\"; read -ra COMP_WORDS <<<\"$2\";"
                + " [[ \"$2\" == *' ' ]] && COMP_WORDS+=('');"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_wf 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";

        Run.Result r = Processes.tool(dir, List.of("bash", "-c", call, "bash", script.toString(), typed));

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly(expected.split(" "));
    }

    @Test
    void theZshScriptPassesZshsSyntaxCheck() throws Exception {
        assumeTrue(Processes.onPath("zsh").isPresent(), "zsh is not installed");
        Path script = script("zsh");

        Run.Result r = Processes.tool(dir, List.of("zsh", "-n", script.toString()));

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @Test
    void theZshScriptIsTheBashScriptWhichTurnsOnBashcompinitInZsh() {
        Run run = new Run(dir);

        String zsh = run.wf("completion", "zsh").out();

        assertThat(zsh).endsWith(run.wf("completion", "bash").out());
        assertThat(zsh).contains("if [ -n \"$ZSH_VERSION\" ]", "autoload -U +X bashcompinit && bashcompinit");
    }

    @Test
    void anUnknownShellIsOneUsageLine() {
        Run.Result r = new Run(dir).wf("completion", "fish");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("wf: 'fish' is not a shell wf completes (use bash or zsh)");
    }

    @Test
    void theHelpSaysHowToInstallIt() {
        Run.Result r = new Run(dir).wf("completion", "--help");

        assertThat(r.out()).contains("source <(wf completion bash)",
                "~/.local/share/bash-completion/completions/wf", "source <(wf completion zsh)");
    }

    private Path script(String shell) throws IOException {
        Run.Result r = new Run(dir).wf("completion", shell);
        assertThat(r.exit()).isZero();
        Path file = dir.resolve("wf_completion." + shell);
        Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        return file;
    }
}
