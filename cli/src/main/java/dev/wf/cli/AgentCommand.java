package dev.wf.cli;

import dev.wf.core.agent.AgentKit;
import dev.wf.core.render.Safe;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agent", mixinStandardHelpOptions = true, description = "Files that teach an AI coding agent to"
        + " use wf.", subcommands = AgentCommand.Install.class)
final class AgentCommand extends CommandGroup {
    @Command(name = "install", mixinStandardHelpOptions = true, description = {"Install Claude Code's wf skill"
            + " (.claude/skills/wf), slash commands (/wf-where, /wf-context, /wf-done, /wf-fork, /wf-resume,"
            + " /wf-check), the SessionStart hook that prints 'wf where --brief' at startup and after compaction"
            + " (.claude/settings.json) and the MCP server (.mcp.json).",
            "Files you changed are kept (--force replaces them); JSON settings are merged. Run it again after"
                    + " upgrading wf."})
    static final class Install extends Verb {
        @Option(names = "--command", paramLabel = "CMD", defaultValue = "wf",
                description = "How the agent runs wf in this project (default: ${DEFAULT-VALUE}, on PATH).")
        String command;

        @Option(names = "--force", description = "Replace kit files that were changed.")
        boolean force;

        @Override
        public Integer call() {
            List<AgentKit.Installed> files = workspace().installAgent(command, force);
            Printer p = printer();
            if (p.json) {
                p.out.println(JsonViews.write(JsonViews.map("files", files.stream().map(f -> JsonViews.map("path",
                        f.path(), "action", f.action())).toList())));
                return ExitCodes.OK;
            }
            files.forEach(f -> p.line(String.format("%-9s %s", f.action(), Safe.line(f.path()))));
            if (files.stream().anyMatch(f -> f.action().equals("kept"))) {
                p.notice("files you changed were kept; --force replaces them with the kit's");
            }
            return ExitCodes.OK;
        }
    }
}
