package dev.wf.cli.mcp;

import java.util.List;
import java.util.Map;

/** What each tool runs: the wf verb it stands for, with the call's arguments as options. */
final class ToolCalls {
    private ToolCalls() {
    }

    /** The command line for one call; IllegalArgumentException names an argument that does not fit. */
    static List<String> argv(String tool, Map<String, Object> a) {
        return switch (tool) {
            case "where" -> Argv.of("where", a).build();
            case "context" -> Argv.of("context", a).option("--max-tokens", "max_tokens").positional("id").build();
            case "start" -> Argv.of("start", a).option("--goal", "goal").option("--why", "why")
                    .option("--output", "output").each("--phase", "phases").option("--id", "id")
                    .option("--template", "template").pairs("--set", "set").flag("--force", "force").build();
            case "plan" -> plan(a);
            case "step" -> step(a);
            case "fork" -> fork(a);
            case "check" -> Argv.of("check", a).flag("--stale", "stale").flag("--done", "done").flag("--fix", "fix")
                    .build();
            case "log" -> Argv.of("log", a).option("--node", "node").option("--type", "type")
                    .option("--since", "since").option("--last", "last", "20").build();
            default -> throw new IllegalArgumentException("no tool named '" + tool + "'");
        };
    }

    private static List<String> plan(Map<String, Object> a) {
        String action = String.valueOf(a.get("action"));
        if (action.equals("add")) {
            return Argv.of("add", a).refuse("add (edit the step after adding it)", "notes", "process", "inputs",
                    "outputs", "remove_inputs", "remove_outputs", "why", "goal_output").option("--id", "new_id").option("--after", "after")
                    .positional("id").positional("title").build();
        }
        return Argv.of("edit", a).refuse("edit", "new_id", "after").option("--title", "title")
                .option("--why", "why").option("--goal-output", "goal_output")
                .option("--notes", "notes").option("--process", "process").each("--input", "inputs")
                .each("--output", "outputs").each("--remove-input", "remove_inputs")
                .each("--remove-output", "remove_outputs").positional("id").build();
    }

    private static List<String> step(Map<String, Object> a) {
        String action = String.valueOf(a.get("action"));
        Argv argv = Argv.of(action, a);
        if (!action.equals("done")) {
            argv.refuse(action, "force");
        }
        return switch (action) {
            case "done" -> argv.refuse("done", "reason").flag("--force", "force").positional("id").build();
            case "unblock" -> argv.refuse("unblock", "reason").positional("id").build();
            default -> argv.option("--why", "reason").positional("id").build(); // skip, block, goto
        };
    }

    private static List<String> fork(Map<String, Object> a) {
        return switch (String.valueOf(a.get("action"))) {
            case "open" -> Argv.of("fork", a).option("--id", "id").option("--from", "from")
                    .option("--return-to", "return_to").positional("reason").build();
            case "resume" -> Argv.of("resume", a).refuse("resume", "reason", "from", "return_to").positional("id")
                    .build();
            default -> Argv.of("abandon", a).refuse("abandon", "from", "return_to").option("--why", "reason")
                    .positional("id").build();
        };
    }
}
