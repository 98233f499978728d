package dev.wf.core.testing;

import dev.wf.core.Settings;
import dev.wf.core.StartRequest;
import dev.wf.core.Workspace;
import dev.wf.core.model.Event;
import dev.wf.core.store.EventLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A project folder for tests, with a fixed clock and actor, and quick access to its files. */
public final class Project {
    public final Path dir;
    private Instant now = Instant.parse("2026-11-01T09:00:00Z");

    public Project(Path dir) {
        this.dir = dir;
    }

    public Workspace ws() {
        return Workspace.open(dir, Settings.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).actor("tester")
                .lockWait(Duration.ofMillis(300)).build());
    }

    public Project at(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    /** The seed's running example: three phases, ready to work. */
    public Workspace startReportsApi() {
        Workspace ws = ws();
        ws.start(new StartRequest("Ship a public /reports REST API", "Partners pull reports without CSV exports.",
                "a documented endpoint", List.of("schema", "endpoint", "docs"), "reports-api", false, false, false));
        return ws;
    }

    public String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Files.createDirectories(dir.resolve(relative).getParent());
            Files.writeString(dir.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the mermaid fence in CONTEXT.md, or null when it has none. */
    public String contextMermaid() {
        String context = read("CONTEXT.md");
        int b = context.indexOf("```mermaid\n");
        return b < 0 ? null : context.substring(b + 11, context.indexOf("```", b + 11));
    }

    public String yaml() {
        return read("workflow-state/workflow.yaml");
    }

    public List<Event> log() {
        return log("workflow-state/log.jsonl");
    }

    public List<Event> log(String relative) {
        try {
            return EventLog.read(dir.resolve(relative)).events();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> types() {
        return log().stream().map(Event::type).toList();
    }
}
