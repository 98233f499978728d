package dev.wf.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The launcher's training run for its class cache (CDS on JDK 17-24, AOT on 25+): the everyday verbs, one after
 * another in one process, in a scratch folder, so that the cache holds the classes they load. Not a verb of wf.
 */
final class Train {
    private static final List<List<String>> VERBS = List.of(
            List.of("start", "--goal", "Train the class cache", "--why", "a fast start", "--phase", "a", "--phase",
                    "b", "--phase", "c"),
            List.of("where"), List.of("where", "--brief"), List.of("next"), List.of("add", "a", "A task"),
            List.of("edit", "a-task", "--notes", "n"), List.of("context"), List.of("done"),
            List.of("fork", "need a part", "--id", "part"), List.of("add", "part", "Make it"), List.of("done"),
            List.of("resume"), List.of("skip", "b", "--why", "w"), List.of("block", "c", "--why", "w"),
            List.of("unblock", "c"), List.of("log", "--last", "3"), List.of("check"), List.of("list"),
            List.of("where", "--json"), List.of("done", "--json"), List.of("export", "--format", "mermaid"));

    private Train() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]).toAbsolutePath();
        CliEnv env = new CliEnv(Map.of("WF_ACTOR", "training"), dir, new BufferedReader(new StringReader("")), false);
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (List<String> verb : VERBS) {
            Cli.run(env, none, none, verb.toArray(String[]::new));
        }
    }
}
