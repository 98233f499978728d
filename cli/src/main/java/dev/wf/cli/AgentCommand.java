package dev.wf.cli;

import dev.wf.core.agent.AgentKit;
import dev.wf.core.render.Safe;
import java.util.List;

final class AgentCommand extends CommandGroup {
    @Override
    Args declare() {
        return Args.command(this, "Files that teach an AI coding agent to use wf.")
                .subcommand("install", new Install());
    }

    static final class Install extends Verb {
        String command;
        boolean force;

        @Override
        Args declare() {
            return Args.command(this,
                    "Install Claude Code's wf skill (.claude/skills/wf), slash commands (/wf-where, /wf-context,"
                            + " /wf-done, /wf-fork, /wf-resume, /wf-check), the SessionStart hook that prints"
                            + " 'wf where --brief' at startup and after compaction (.claude/settings.json) and the"
                            + " MCP server (.mcp.json).",
                    "Files you changed are kept (--force replaces them); JSON settings are merged. Run it again"
                            + " after upgrading wf.")
                    .option("--command", "CMD", "How the agent runs wf in this project (default: ${DEFAULT-VALUE}, on"
                            + " PATH).", v -> command = v, Args.defaultValue("wf"))
                    .flag("--force", "Replace kit files that were changed.", v -> force = v);
        }

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
            if (!onPath(command.strip().split("\\s+")[0])) {
                p.notice("'" + command + "' is not on PATH here, so the hook and the MCP entry will do nothing"
                        + " until it is: put wf on PATH (see README), or install again with --command CMD");
            }
            if (files.stream().anyMatch(f -> f.action().equals("kept"))) {
                p.notice("files you changed were kept; --force replaces them with the kit's");
            }
            return ExitCodes.OK;
        }

        /** Whether the agent's shell would find this program: a path that exists, or a name on PATH. */
        private boolean onPath(String program) {
            if (program.contains("/")) {
                return java.nio.file.Files.isExecutable(root().env().cwd().resolve(program));
            }
            String path = root().env().var("PATH");
            return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                    .anyMatch(d -> !d.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(d, program)));
        }
    }
}
