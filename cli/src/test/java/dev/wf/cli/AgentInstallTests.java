package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** wf agent install: a fresh project gets a valid skill, slash commands, hook and MCP entry, and the hook works. */
class AgentInstallTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TempDir
    Path bin;

    /** The YAML front matter of a Markdown file, or fails. */
    private static Map<String, Object> frontMatter(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).startsWith("---\n");
        String yaml = text.substring(4, text.indexOf("\n---\n", 4));
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return m;
    }

    @Test
    void aFreshProjectGetsAValidSkillCommandsHookAndMcpServer() throws Exception {
        Run run = new Run(dir);
        assertThat(run.wf("agent", "install").exit()).isZero();

        Map<String, Object> skill = frontMatter(dir.resolve(".claude/skills/wf/SKILL.md"));
        assertThat(skill.get("name")).isEqualTo("wf");
        assertThat((String) skill.get("description")).contains("three or more steps");
        assertThat((List<?>) skill.get("triggers")).isNotEmpty();

        List<Path> commands;
        try (Stream<Path> s = Files.list(dir.resolve(".claude/commands"))) {
            commands = s.sorted().toList();
        }
        assertThat(commands).extracting(p -> p.getFileName().toString()).contains("wf-where.md", "wf-done.md",
                "wf-fork.md", "wf-resume.md", "wf-context.md", "wf-check.md");
        for (Path c : commands) {
            assertThat(frontMatter(c)).containsKey("description").containsKey("allowed-tools");
            assertThat(Files.readString(c)).doesNotContain("{{");
        }

        JsonNode hooks = JSON.readTree(dir.resolve(".claude/settings.json").toFile()).at("/hooks/SessionStart");
        assertThat(hooks).hasSize(1);
        assertThat(hooks.at("/0/matcher").asText().split("\\|")).contains("startup", "compact");
        assertThat(hooks.at("/0/hooks/0/type").asText()).isEqualTo("command");
        JsonNode mcp = JSON.readTree(dir.resolve(".mcp.json").toFile()).at("/mcpServers/wf");
        assertThat(mcp.get("command").asText()).isEqualTo("wf");
        assertThat(mcp.get("args").get(0).asText()).isEqualTo("mcp");

        // The hook's command, run by bash as Claude Code runs it, with a 'wf' on PATH: it prints the pointer.
        String hook = hooks.at("/0/hooks/0/command").asText();
        assertThat(runHook(hook).strip()).isEmpty(); // no workflow yet: quiet, and never fails the session
        assertThat(run.startReportsApi().exit()).isZero();
        String printed = runHook(hook);
        assertThat(printed).contains("Ship a public /reports REST API").contains("schema");
        assertThat(printed).isEqualTo(run.wf("where", "--brief").out());

        assertThat(run.wf("agent", "install").err()).contains("'wf' is not on PATH here");
        assertThat(new Run(dir).env("PATH", bin.toString()).wf("agent", "install").err()).doesNotContain("PATH");
    }

    private String runHook(String command) throws Exception {
        Path wf = bin.resolve("wf");
        Files.writeString(wf, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " \"$@\"\n");
        wf.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("WF_NOW", "2026-11-01T09:00:00Z");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void aSecondInstallChangesNothingAndChangedFilesAreKept() throws Exception {
        Run run = new Run(dir);
        Files.createDirectories(dir.resolve(".claude/commands"));
        Files.writeString(dir.resolve(".claude/settings.json"), "{\"permissions\":{\"allow\":[\"Bash(ls)\"]},"
                + "\"hooks\":{\"SessionStart\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"echo hi\"}]}]}}");
        Files.writeString(dir.resolve(".claude/commands/wf-done.md"), "mine\n");
        Run.Result first = run.wf("agent", "install");
        assertThat(first.out()).contains("kept      .claude/commands/wf-done.md", "merged    .claude/settings.json");
        assertThat(first.err()).contains("--force");
        JsonNode settings = JSON.readTree(dir.resolve(".claude/settings.json").toFile());
        assertThat(settings.at("/permissions/allow/0").asText()).isEqualTo("Bash(ls)");
        assertThat(settings.at("/hooks/SessionStart")).hasSize(2);
        assertThat(Files.readString(dir.resolve(".claude/commands/wf-done.md"))).isEqualTo("mine\n");

        assertThat(run.wf("agent", "install").out().lines()).allSatisfy(l -> assertThat(l)
                .matches("(unchanged|kept) .*"));
        assertThat(run.wf("agent", "install", "--force").out()).contains("replaced  .claude/commands/wf-done.md");
    }

    @Test
    void installingAgainWithAnotherCommandUpdatesWhatTheKitWroteAndNothingElse() throws Exception {
        Run run = new Run(dir);
        run.wf("agent", "install");
        Run.Result again = run.wf("agent", "install", "--command", "/opt/wf/bin/wf");
        assertThat(again.out()).doesNotContain("kept").contains("replaced  .claude/commands/wf-where.md");
        assertThat(JSON.readTree(dir.resolve(".mcp.json").toFile()).at("/mcpServers/wf/command").asText())
                .isEqualTo("/opt/wf/bin/wf");
        JsonNode hooks = JSON.readTree(dir.resolve(".claude/settings.json").toFile()).at("/hooks/SessionStart");
        assertThat(hooks).hasSize(1);
        assertThat(hooks.at("/0/hooks/0/command").asText()).startsWith("/opt/wf/bin/wf where --brief");
        assertThat(Files.readString(dir.resolve(".claude/commands/wf-where.md"))).contains("/opt/wf/bin/wf where")
                .doesNotContain("`wf where");

        Run.Result spaced = run.wf("agent", "install", "--command", "java -jar wf.jar");
        assertThat(spaced.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(spaced.err().lines()).hasSize(1);
        Files.writeString(dir.resolve(".claude/settings.json"), "{\"hooks\":\"nope\"}");
        Run.Result odd = run.wf("agent", "install");
        assertThat(odd.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(odd.err()).contains("hooks");
    }

    @Test
    void aSettingsFileThatIsNotJsonStopsTheInstallBeforeAnythingIsWritten() throws Exception {
        Files.writeString(dir.resolve(".mcp.json"), "{bad");
        Run.Result r = new Run(dir).wf("agent", "install");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains(".mcp.json").contains("not valid JSON");
        assertThat(dir.resolve(".claude")).doesNotExist();
    }
}
