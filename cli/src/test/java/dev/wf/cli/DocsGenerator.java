package dev.wf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the bash completion script and the man pages from the real command tree; cli/pom.xml runs it in the
 * package phase. It lives with the tests so that neither it nor picocli-codegen ever reaches wf.jar.
 * Arguments: the build folder (cli/target) and the version for the pages.
 */
public final class DocsGenerator {
    private DocsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        String version = "wf " + args[1];
        Path script = fresh(target.resolve("completion")).resolve("wf_completion");
        Files.writeString(script, run(target, "completion", "bash"), StandardCharsets.UTF_8);

        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandSpec wf = Cli.create(env(target), none, none).getCommandSpec();
        for (CommandSpec spec : RoffManPage.tree(wf)) {
            // Every page says the version; the runtime provider would add the JDK that happened to build it.
            spec.versionProvider(() -> new String[] {version});
        }
        Path man = fresh(target.resolve("man"));
        int exit = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, wf);
        if (exit != 0) {
            throw new IOException("picocli's ManPageGenerator failed with exit code " + exit);
        }
        Path roff = Files.createDirectories(man.resolve("man1"));
        for (CommandSpec spec : RoffManPage.tree(wf)) {
            Files.writeString(roff.resolve(RoffManPage.fileName(spec)), RoffManPage.render(spec, version),
                    StandardCharsets.UTF_8);
        }
    }

    /** What the real command prints, so the built script is exactly what wf completion bash prints. */
    private static String run(Path target, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(env(target), new PrintWriter(out), new PrintWriter(err), args);
        if (exit != 0) {
            throw new IOException("wf " + String.join(" ", args) + " failed (" + exit + "): " + err);
        }
        return out.toString();
    }

    /** An empty folder: a page of a verb that no longer exists does not linger from an earlier build. */
    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** No variables, no terminal, no input: nothing of the machine that builds wf gets into what is written. */
    private static CliEnv env(Path target) {
        return new CliEnv(Map.of(), target, new BufferedReader(Reader.nullReader()), false);
    }
}
