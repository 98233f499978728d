package dev.wf.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.wf.core.Outcome;
import dev.wf.core.error.WfException;
import dev.wf.core.merge.FileMerge;
import dev.wf.core.model.Event;
import dev.wf.core.render.Export;
import dev.wf.core.report.CheckReport;
import dev.wf.core.report.ContextReport;
import dev.wf.core.report.DoneMeans;
import dev.wf.core.report.GitResult;
import dev.wf.core.report.LogEntry;
import dev.wf.core.report.LogReport;
import dev.wf.core.report.TemplateInfo;
import dev.wf.core.report.WhereReport;
import dev.wf.core.report.WorkflowSummary;
import dev.wf.core.store.EventCodec;
import dev.wf.core.store.JsonData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The --json views: plain maps with a pinned key order, built from the core's results (not the domain records),
 * so that the JSON stays stable while the model evolves.
 */
final class JsonViews {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Beyond what JSON must escape: C1 controls (a terminal may take U+009B for ESC [), bidi overrides and line
     * separators, so that printed JSON cannot steer a terminal or hide text either.
     */
    private static final com.fasterxml.jackson.core.io.CharacterEscapes TERMINAL_SAFE =
            new com.fasterxml.jackson.core.io.CharacterEscapes() {
                private final int[] ascii = standardAsciiEscapesForJSON();

                @Override
                public int[] getEscapeCodesForAscii() {
                    return ascii;
                }

                @Override
                public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int c) {
                    boolean unsafe = (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200e
                            || c == 0x200f || c == 0x061c;
                    return unsafe ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", c))
                            : null;
                }
            };

    private JsonViews() {
    }

    static String write(Object view) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).setCharacterEscapes(TERMINAL_SAFE)) {
            JsonData.write(g, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, Object> where(WhereReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chain", r.chain().stream().map(l -> map("workflow", l.workflow(), "title", l.title(), "pointer",
                l.pointer())).toList());
        m.put("goal", map("id", r.goal().id(), "title", r.goal().title(), "status", r.goal().status(), "why",
                r.goal().why()));
        WhereReport.Current c = r.current();
        m.put("current", c == null ? null : map("id", c.id(), "title", c.title(), "status", c.status(), "part_of",
                c.parentTitle(), "process", c.process(), "inputs", c.inputs().stream().map(i -> map("source",
                i.source().yaml(), "file", i.file(), "section", i.section(), "why", i.why())).toList(), "outputs",
                c.outputs().stream().map(o -> map("artifact", o.artifact(), "location", o.location(), "format",
                o.format())).toList(), "notes",
                c.notes(), "blocked_by", c.blockedBy()));
        m.put("next", r.next() == null ? null : map("id", r.next().id(), "title", r.next().title()));
        m.put("forks", r.forks().stream().map(f -> map("id", f.id(), "handle", f.handle(), "reason", f.reason(),
                "spawned_from", f.spawnedFrom(), "return_to", f.returnTo())).toList());
        m.put("warnings", r.warnings());
        m.put("sub_workflow_complete", r.subWorkflowComplete());
        m.put("tree", r.tree().stream().map(t -> map("depth", t.depth(), "id", t.id(), "title", t.title(),
                "status", t.status(), "current", t.current(), "hidden", t.hidden(), "fork", t.fork())).toList());
        return m;
    }

    static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("events", o.events().stream().map(JsonViews::event).toList());
        m.put("notices", o.notices());
        m.put("message", o.message());
        m.put("where", o.where() == null ? null : where(o.where()));
        return m;
    }

    /** An event exactly as log.jsonl has it: keys that are not set are left out, not null. */
    static Object event(Event e) {
        return parse(EventCodec.toLine(e));
    }

    private static Object parse(String json) {
        try (var p = JSON.createParser(json)) {
            p.nextToken();
            return JsonData.read(p);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static Map<String, Object> next(WhereReport r) {
        WhereReport.Current c = r.current();
        WhereReport.Step n = r.next();
        return map("current", c == null ? null : map("id", c.id(), "title", c.title()), "next", n == null ? null
                : map("id", n.id(), "title", n.title()));
    }

    static Map<String, Object> log(LogReport r) {
        return map("entries", r.entries().stream().map(JsonViews::logEntry).toList(), "warnings", r.warnings());
    }

    /** One entry of wf log; under --follow, each is printed on its own line as it comes. */
    static Map<String, Object> logEntry(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workflow", e.workflow());
        m.put("event", event(e.event()));
        return m;
    }

    static Map<String, Object> check(CheckReport r) {
        return map("ok", r.ok(), "problems", r.problems().stream().map(p -> map("where", p.where(), "message",
                p.message(), "fixable", p.fixable())).toList(), "warnings", r.warnings(), "fixed", r.fixed(),
                "stale", r.stale());
    }

    static Map<String, Object> doneMeans(DoneMeans d) {
        return map("ok", d.ok(), "session", items(d.session()), "workflow", items(d.workflow()));
    }

    private static List<Object> items(List<DoneMeans.Item> items) {
        return items.stream().map(i -> (Object) map("what", i.what(), "ok", i.ok(), "detail", i.detail())).toList();
    }

    static Map<String, Object> context(ContextReport r) {
        return map("workflow", r.workflow(), "chain", r.chain().stream().map(s -> map("id", s.id(), "title",
                s.title())).toList(), "goal_why", r.goalWhy(), "node", r.node(), "title", r.title(), "status",
                r.status(), "process", r.process(), "script", r.script(), "inputs", r.inputs().stream().map(i -> map(
                "source", i.source().yaml(), "file", i.file(), "section", i.section(), "why", i.why())).toList(),
                "outputs", r.outputs().stream().map(o -> map("artifact", o.artifact(), "location", o.location(),
                "format", o.format())).toList(), "notes", r.notes(), "parts", r.parts().stream().map(p -> map(
                "source", p.source(), "file", p.file(), "section", p.section(), "why", p.why(), "from", p.from(),
                "bytes", p.bytes(),
                "tokens", p.tokens(), "shown_tokens", p.shownTokens(), "binary", p.binary(), "cut", p.cut(), "text",
                p.text())).toList(), "bytes", r.bytes(), "tokens", r.tokens(), "shown_tokens", r.shownTokens(),
                "max_tokens", r.maxTokens(), "cut", r.cut());
    }

    static Map<String, Object> list(List<WorkflowSummary> all) {
        return map("workflows", all.stream().map(s -> map("kind", s.kind(), "handle", s.handle(), "folder",
                s.folder(), "goal", s.goalId(), "title", s.title(), "status", s.status(), "fork_status",
                s.forkStatus(), "return_to", s.returnTo(), "depth", s.depth(), "operation", s.operation())).toList());
    }

    static Map<String, Object> templates(List<TemplateInfo> all) {
        return map("templates", all.stream().map(t -> map("name", t.name(), "source", t.source(), "description",
                t.description())).toList());
    }

    /** --format json gives its document as data; the other formats give their text. */
    static Map<String, Object> export(Export.Format format, String text) {
        boolean data = format == Export.Format.JSON;
        return map("format", format.name().toLowerCase(Locale.ROOT), "text", data ? null : text, "data",
                data ? parse(text) : null);
    }

    static Map<String, Object> git(GitResult r) {
        return map("commit", r.commit(), "done", r.done());
    }

    static Map<String, Object> mergeFile(FileMerge.Report r) {
        return map("file", r.file(), "conflicts", r.conflicts());
    }

    static Map<String, Object> error(WfException e) {
        return map("error", map("kind", e.kind().name().toLowerCase(), "message", e.getMessage(), "location",
                e.location().orElse(null), "hint", e.hint().orElse(null)));
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
