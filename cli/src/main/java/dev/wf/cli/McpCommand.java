package dev.wf.cli;

import dev.wf.cli.mcp.WfMcp;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

final class McpCommand extends Verb {
    @Override
    Args declare() {
        return Args.command(this,
                "Serve wf to an AI agent as an MCP server on stdin and stdout, until stdin closes.",
                "Eight tools: where, context, start, plan, step, fork, check, log. Each runs the wf verb it stands"
                        + " for with --json, under the same lock as the command line, and takes max_tokens.",
                "Register it with a client as the command 'wf mcp' (add -C DIR for another folder).");
    }

    @Override
    public Integer call() throws InterruptedException {
        List<String> global = global();
        CliEnv env = root().env();
        CliEnv quiet = new CliEnv(env.vars(), env.cwd(), new BufferedReader(new StringReader("")), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // One command line for every call (calls come one at a time): picocli resets the options on each parse.
        Cli.Runner wf = Cli.runner(quiet, new PrintWriter(out), new PrintWriter(err));
        return WfMcp.serve(System.in, System.out, Version.number(), argv -> {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            List<String> all = new ArrayList<>(global);
            all.addAll(argv);
            int exit = wf.run(all.toArray(String[]::new));
            return new WfMcp.Reply(exit, out.toString(), err.toString());
        });
    }

    /** The options this server was started with, passed on to every call. */
    private List<String> global() {
        GlobalOptions g = root().global;
        List<String> args = new ArrayList<>(List.of("--json", "--wait=" + g.waitSeconds));
        if (g.dir != null) {
            args.add("-C");
            args.add(root().env().cwd().resolve(g.dir).toString());
        }
        if (g.actor != null) {
            args.add("--actor=" + g.actor);
        }
        return args;
    }
}
