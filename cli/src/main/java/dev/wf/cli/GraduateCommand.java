package dev.wf.cli;

import dev.wf.core.error.WfException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graduate", mixinStandardHelpOptions = true, description = "Graduate a finished fork: --into adds a"
        + " phase to a longer-running workflow that reads the sub-workflow's outputs; --skill writes a SKILL.md whose"
        + " process is the sub-workflow's phases. The fork is marked merged with graduated_to. A pattern that has"
        + " run only once is refused unless --force.")
final class GraduateCommand extends Verb {
    @Parameters(paramLabel = "FORK", description = "The fork: an id up the active chain, or a path A/B from the root.")
    String fork;

    @Option(names = "--into", paramLabel = "DIR[#after-phase]", description = "The host: a folder holding"
            + " workflow.yaml or workflow-state/ (an operation under operations/ too); the new phase goes after"
            + " after-phase, or last.")
    String into;

    @Option(names = "--skill", paramLabel = "NAME", description = "Write the skill NAME (a slug).")
    String skill;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the skill's folder goes (default:"
            + " .claude/skills/NAME).")
    String out;

    @Option(names = "--trigger", paramLabel = "PHRASE", description = "A trigger phrase for the skill (repeatable);"
            + " default: from the goal and phase titles.")
    List<String> triggers = new ArrayList<>();

    @Option(names = "--force", description = "Graduate even a pattern that has run only once.")
    boolean force;

    @Override
    public Integer call() {
        if ((into == null) == (skill == null)) {
            throw WfException.invalid(into == null ? "wf graduate needs --into DIR or --skill NAME"
                    : "wf graduate takes --into or --skill, not both", "graduate into a workflow, or into a skill");
        }
        if (into != null && (out != null || !triggers.isEmpty())) {
            throw WfException.invalid("--out and --trigger go with --skill", null);
        }
        return report(into != null ? workspace().graduateInto(fork, into, force)
                : workspace().graduateSkill(fork, skill, out, triggers, force));
    }
}
