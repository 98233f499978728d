package dev.wf.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wf.core.model.Event;
import dev.wf.core.model.GitRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** One event as one line of JSON, with a fixed key order; absent fields are left out. */
public final class EventCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private EventCodec() {
    }

    public static String toLine(Event e) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", e.v());
            field(g, "id", e.id());
            field(g, "ts", e.ts());
            field(g, "type", e.type());
            field(g, "node", e.node());
            field(g, "fork", e.fork());
            field(g, "from", e.from());
            field(g, "to", e.to());
            field(g, "reason", e.reason());
            field(g, "actor", e.actor());
            field(g, "session", e.session());
            if (e.git() != null) {
                g.writeObjectFieldStart("git");
                field(g, "head", e.git().head());
                field(g, "branch", e.git().branch());
                if (e.git().dirty() != null) {
                    g.writeBooleanField("dirty", e.git().dirty());
                }
                g.writeEndObject();
            }
            field(g, "sha256", e.sha256());
            if (!e.data().isEmpty()) {
                g.writeFieldName("data");
                JsonData.write(g, e.data());
            }
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toString();
    }

    /** Parses one line; throws IOException when it is not a complete event. */
    @SuppressWarnings("unchecked")
    public static Event fromLine(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Map<String, Object> m = (Map<String, Object>) JsonData.read(p);
            if (p.nextToken() != null) {
                throw new IOException("text after the event");
            }
            Object type = m.get("type");
            if (!(type instanceof String)) {
                throw new IOException("no type");
            }
            Object git = m.get("git");
            GitRef ref = git instanceof Map<?, ?> g ? new GitRef(str(g.get("head")), str(g.get("branch")),
                    g.get("dirty") instanceof Boolean d ? d : null) : null;
            Object data = m.get("data");
            int v = m.get("v") instanceof Number n ? n.intValue() : 0;
            return new Event(v, str(m.get("id")), str(m.get("ts")), (String) type, str(m.get("node")),
                    str(m.get("fork")), str(m.get("from")), str(m.get("to")), str(m.get("reason")),
                    str(m.get("actor")), str(m.get("session")), ref, str(m.get("sha256")),
                    data instanceof Map<?, ?> d ? (Map<String, Object>) d : null);
        } catch (com.fasterxml.jackson.core.JacksonException x) {
            throw new IOException(x.getOriginalMessage(), x);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
