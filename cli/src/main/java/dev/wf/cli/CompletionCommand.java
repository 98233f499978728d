package dev.wf.cli;

import dev.wf.core.error.WfException;
import java.util.Iterator;
import java.util.List;
import picocli.AutoComplete;

final class CompletionCommand extends Verb {
    /** picocli's script enables bashcompinit itself when zsh sources it; this only says so to a reader. */
    static final String ZSH_HEADER = "# wf completion for zsh: picocli's bash completion script, which runs"
            + " 'autoload -U +X bashcompinit && bashcompinit' itself when zsh sources it.\n";
    String shell;

    @Override
    Args declare() {
        return Args.command(this, "Prints the shell completion script for wf's commands and options: bash, or zsh"
                + " (bash's script through zsh's bashcompinit).")
                .footer("", "Install for the current shell:", "  source <(wf completion bash)", "Install for every"
                        + " new bash (with the bash-completion package):", "  wf completion bash >"
                        + " ~/.local/share/bash-completion/completions/wf", "Install for every new zsh: add to"
                        + " ~/.zshrc, after compinit if it runs there:", "  source <(wf completion zsh)")
                .param("SHELL", "One of: ${COMPLETION-CANDIDATES}.", v -> shell = v, Args.candidates(new Shells()));
    }

    @Override
    public Integer call() {
        String bash = AutoComplete.bash("wf", spec.root().commandLine());
        String script = switch (shell) {
            case "bash" -> bash;
            case "zsh" -> ZSH_HEADER + bash;
            default -> throw WfException.invalid("'" + shell + "' is not a shell wf completes", "use bash or zsh");
        };
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.map("shell", shell, "script", script)));
        } else {
            p.out.print(script);
        }
        return ExitCodes.OK;
    }

    /** The shells, for help and completion. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh").iterator();
        }
    }
}
