package dev.wf.core.store;

import dev.wf.core.model.Workflow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reads and writes workflow.yaml text, keeping the layout (comments, spellings) of what was read.
 *
 * <p>A long-lived process (wf mcp) reads the same files again and again, so the last parse of each file is kept,
 * keyed by the whole text: it is reused only for exactly the same characters, never on a file's size or time.
 */
public final class WorkflowCodec {
    private static final int REMEMBERED_FILES = 16;
    private static final Map<String, Memo> LAST = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Memo> eldest) {
            return size() > REMEMBERED_FILES;
        }
    };

    private record Memo(String text, Parsed parsed) {
    }

    private WorkflowCodec() {
    }

    /** A workflow together with the layout of the text it came from. */
    public record Parsed(Workflow workflow, Layout layout) {
    }

    /**
     * Parses workflow.yaml text; {@code file} names it in error messages. A lone CR is a line break to YAML, so it
     * is read as one everywhere (the layout of comments included) and written back as LF; a byte-order mark is
     * dropped.
     */
    public static Parsed parse(String text, String file) {
        return parse(text, file, () -> false);
    }

    /**
     * Parses as {@link #parse(String, String)} does; {@code wfWroteIt} tells, when a write first needs the layout,
     * whether wf itself wrote exactly this text with nothing of a person's to keep (see {@link PlainMark}), so that
     * the text need not be checked against a fresh write of its tree.
     */
    static Parsed parse(String text, String file, BooleanSupplier wfWroteIt) {
        synchronized (LAST) {
            Memo m = LAST.get(file);
            if (m != null && m.text.equals(text)) {
                return m.parsed;
            }
        }
        Parsed parsed = parseText(text, file, wfWroteIt);
        synchronized (LAST) {
            LAST.put(file, new Memo(text, parsed));
        }
        return parsed;
    }

    /** Parses without looking at or filling the memo: what {@link #parse} must always agree with. */
    static Parsed parseText(String text, String file) {
        return parseText(text, file, () -> false);
    }

    private static Parsed parseText(String text, String file, BooleanSupplier plain) {
        // A byte-order mark (as some Windows editors write) is no part of the first line, whose comment must stay.
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lf = unmarked.indexOf('\r') < 0 ? unmarked : unmarked.replaceAll("\r(?!\n)", "\n");
        YamlReader.Result r = YamlReader.read(lf, file);
        Workflow w = new WorkflowDecoder(file).decode(r.root());
        Set<String> empty = emptyAtTop(r.root());
        return new Parsed(w, r.layout().unlessPlain(lf, empty, plain, kept -> format(w, kept)));
    }

    /**
     * Parses text that wf has just written with {@code written}, and remembers it as {@link #parse} does. Written
     * with a short layout (see {@link Layout#plain()}), the text is what wf writes, so its own layout is short too
     * and needs no check.
     */
    public static Parsed parseWritten(String text, String file, Layout written) {
        boolean plain = written.plain();
        Parsed parsed = parseText(text, file, () -> plain);
        synchronized (LAST) {
            LAST.put(file, new Memo(text, parsed));
        }
        return parsed;
    }

    /** The top-level keys with empty values ({@code forks: []}, as every template has it). */
    private static Set<String> emptyAtTop(YamlValue root) {
        Set<String> out = new HashSet<>();
        if (root instanceof YamlValue.Map m) {
            m.entries().stream().filter(e -> YamlWriter.isEmpty(e.value())).forEach(e -> out.add("/" + e.key()));
        }
        return out;
    }

    /** The text of a workflow in wf's form, reusing the comments and spellings of {@code layout}. */
    public static String format(Workflow workflow, Layout layout) {
        return YamlWriter.write(WorkflowEncoder.encode(workflow), layout);
    }
}
