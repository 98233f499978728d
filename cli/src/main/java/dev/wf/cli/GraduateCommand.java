package dev.wf.cli;

import dev.wf.core.error.WfException;
import java.util.List;

final class GraduateCommand extends Verb {
    String fork;
    String into;
    String skill;
    String out;
    List<String> triggers;
    boolean force;

    @Override
    Args declare() {
        return Args.command(this, "Graduate a finished fork: --into adds a phase to a longer-running workflow that"
                + " reads the sub-workflow's outputs; --skill writes a SKILL.md whose process is the sub-workflow's"
                + " phases. The fork is marked merged with graduated_to. A pattern that has run only once is refused"
                + " unless --force.")
                .param("FORK", "The fork: an id up the active chain, or a path A/B from the root.", v -> fork = v)
                .option("--into", "DIR[#after-phase]", "The host: a folder holding workflow.yaml or workflow-state/"
                        + " (an operation under operations/ too); the new phase goes after after-phase, or last.",
                        v -> into = v)
                .option("--skill", "NAME", "Write the skill NAME (a slug).", v -> skill = v)
                .option("--out", "DIR", "Where the skill's folder goes (default: .claude/skills/NAME).", v -> out = v)
                .list("--trigger", "PHRASE", "A trigger phrase for the skill (repeatable); default: from the goal and"
                        + " phase titles.", v -> triggers = v)
                .flag("--force", "Graduate even a pattern that has run only once.", v -> force = v);
    }

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
