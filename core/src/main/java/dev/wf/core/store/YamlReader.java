package dev.wf.core.store;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one YAML document into {@link YamlValue}s from SnakeYAML Engine's event stream, so that depth, aliases,
 * duplicate and non-scalar keys are checked here, before anything is built, and nothing recurses on the input.
 */
public final class YamlReader {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    /** A document and the layout of its source. */
    public record Result(YamlValue root, Layout layout) {
    }

    private final String file;
    private final YamlLimits limits;
    private final Map<Object, int[]> ends;
    private final Map<String, YamlValue> anchors = new HashMap<>();
    private final Map<YamlValue, Integer> sizes = new IdentityHashMap<>();
    private int aliases;
    private long expanded;

    private YamlReader(String file, YamlLimits limits, Map<Object, int[]> ends) {
        this.file = file;
        this.limits = limits;
        this.ends = ends;
    }

    /** Parses {@code text}; {@code file} names it in messages. Errors are INVALID_INPUT with file:line:column. */
    public static Result read(String text, String file) {
        return read(text, file, YamlLimits.DEFAULT);
    }

    /**
     * Reads wf's own plain block style with {@link BlockReader}, everything else (and every error) with SnakeYAML
     * Engine. Either way the layout is scanned only when asked for.
     */
    static Result read(String text, String file, YamlLimits limits) {
        if (text.length() > limits.maxBytes()) {
            throw new WfException(ErrorKind.INVALID_INPUT, "file is larger than " + limits.maxBytes() / (1024 * 1024)
                    + " MiB", file, "split the workflow or remove what does not belong in it");
        }
        YamlValue quick = BlockReader.read(text, limits, null);
        if (quick != null) { // the layout needs the ends of values, which a read for it records
            return new Result(quick, Layout.lazy(() -> {
                Map<Object, int[]> ends = new IdentityHashMap<>();
                return new LayoutScanner(text, ends).scan(BlockReader.read(text, limits, ends));
            }, () -> LayoutScanner.lines(BlockReader.read(text, limits, null))));
        }
        Map<Object, int[]> ends = new IdentityHashMap<>();
        YamlValue root = new YamlReader(file, limits, ends).parse(text);
        return new Result(root, Layout.lazy(() -> new LayoutScanner(text, ends).scan(root),
                () -> LayoutScanner.lines(root)));
    }

    /** SnakeYAML Engine's reading alone, recording where each value ends into {@code ends}. */
    static YamlValue snakeYaml(String text, String file, YamlLimits limits, Map<Object, int[]> ends) {
        return new YamlReader(file, limits, ends).parse(text);
    }

    private YamlValue parse(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setUseMarks(true)
                .setCodePointLimit(limits.maxBytes()).build();
        YamlValue root;
        try {
            root = build(new Parse(settings).parseReader(new SurrogateSafeReader(new java.io.StringReader(text))));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw syntax(mark, e.getProblem() == null ? e.getMessage() : e.getProblem());
        } catch (ReaderException e) {
            throw new WfException(ErrorKind.INVALID_INPUT, String.format("character U+%04X is not allowed in YAML",
                    e.getCodePoint()), file + position(text, e.getPosition()), "remove it or write it as an escape");
        } catch (YamlEngineException e) {
            throw new WfException(ErrorKind.INVALID_INPUT, firstLine(e.getMessage()), file, "fix the YAML syntax");
        } catch (NumberFormatException e) { // SnakeYAML Engine 3.0.1 on an escape cut short by the end, or too large
            throw new WfException(ErrorKind.INVALID_INPUT, "an escape in a double-quoted scalar is cut short or out"
                    + " of range", file, "write \\xXX, \\uXXXX or \\UXXXXXXXX naming a character, or close the quotes");
        }
        return root;
    }

    private YamlValue build(Iterable<Event> events) {
        Deque<Frame> stack = new ArrayDeque<>();
        YamlValue[] root = new YamlValue[1];
        int documents = 0;
        for (Event ev : events) {
            switch (ev.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw syntax(ev.getStartMark().orElse(null), "more than one YAML document in the file");
                    }
                }
                case Scalar -> add(stack, root, scalar((ScalarEvent) ev), ev);
                case Alias -> add(stack, root, alias((AliasEvent) ev), ev);
                case MappingStart, SequenceStart -> {
                    if (stack.size() >= limits.maxDepth()) {
                        throw syntax(ev.getStartMark().orElse(null),
                                "nesting deeper than " + limits.maxDepth() + " levels");
                    }
                    stack.push(new Frame(ev.getEventId() == Event.ID.MappingStart, (CollectionStartEvent) ev));
                }
                case MappingEnd, SequenceEnd -> add(stack, root, close(stack.pop(), ev), ev);
                default -> {
                }
            }
        }
        return root[0];
    }

    private YamlValue.Scalar scalar(ScalarEvent ev) {
        int[] at = position(ev.getStartMark());
        boolean plain = ev.getScalarStyle() == ScalarStyle.PLAIN;
        boolean isNull = plain && ev.getTag().isEmpty() && NULL.matcher(ev.getValue()).matches();
        YamlValue.Scalar s = new YamlValue.Scalar(isNull ? null : ev.getValue(), plain, at[0], at[1]);
        int[] end = position(ev.getEndMark());
        ends.put(s, new int[] {end[0], end[1], blockFlag(ev.getScalarStyle())});
        sizes.put(s, 1);
        anchor(ev, s);
        return s;
    }

    /** 2 for a literal block, 3 for a folded one, 0 otherwise: the layout scanner needs to know. */
    private static int blockFlag(ScalarStyle style) {
        return style == ScalarStyle.LITERAL ? 2 : style == ScalarStyle.FOLDED ? 3 : 0;
    }

    private YamlValue alias(AliasEvent ev) {
        YamlValue target = anchors.get(ev.getAlias().getValue());
        if (target == null) {
            throw syntax(ev.getStartMark().orElse(null), "alias *" + ev.getAlias().getValue()
                    + " refers to no complete anchor (recursive or undefined)");
        }
        if (!(target instanceof YamlValue.Scalar) && ++aliases > limits.maxAliases()) {
            throw syntax(ev.getStartMark().orElse(null), "more than " + limits.maxAliases() + " aliases");
        }
        expanded += sizes.get(target);
        if (expanded > limits.maxNodes()) {
            throw syntax(ev.getStartMark().orElse(null), "aliases expand to more than " + limits.maxNodes()
                    + " values");
        }
        return target;
    }

    private YamlValue close(Frame frame, Event end) {
        int[] endAt = position(end.getEndMark());
        YamlValue value = frame.map
                ? new YamlValue.Map(frame.entries, frame.line, frame.column)
                : new YamlValue.Seq(frame.items, frame.line, frame.column);
        ends.put(value, new int[] {endAt[0], endAt[1], frame.flow ? 1 : 0});
        sizes.put(value, frame.size + 1);
        anchor(frame.start, value);
        return value;
    }

    private void add(Deque<Frame> stack, YamlValue[] root, YamlValue value, Event ev) {
        Frame top = stack.peek();
        if (top == null) {
            root[0] = value;
            return;
        }
        top.size += sizes.getOrDefault(value, 1);
        if (top.size > limits.maxNodes()) {
            throw syntax(ev.getStartMark().orElse(null), "more than " + limits.maxNodes() + " values");
        }
        if (!top.map) {
            top.items.add(value);
        } else if (top.key == null) {
            if (!(value instanceof YamlValue.Scalar) || !(ev instanceof ScalarEvent key)) {
                throw syntax(ev.getStartMark().orElse(null), "a mapping key must be a plain value, not a "
                        + (value instanceof YamlValue.Scalar ? "reference" : "collection"));
            }
            if (!top.keys.add(key.getValue())) {
                throw syntax(ev.getStartMark().orElse(null), "duplicate key '" + key.getValue() + "'");
            }
            top.key = key;
        } else {
            int[] at = position(top.key.getStartMark());
            YamlValue.Entry entry = new YamlValue.Entry(top.key.getValue(), value, at[0], at[1], false);
            ends.put(entry, position(top.key.getEndMark()));
            top.entries.add(entry);
            top.key = null;
        }
    }

    private void anchor(NodeEvent ev, YamlValue value) {
        Optional<Anchor> anchor = ev.getAnchor();
        anchor.ifPresent(a -> anchors.put(a.getValue(), value));
    }

    /** ":line:column" of a code point index in the text. */
    private static String position(String text, int codePoints) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePoints; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return ":" + line + ":" + column;
    }

    private WfException syntax(Mark mark, String problem) {
        String where = mark == null ? file : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        return new WfException(ErrorKind.INVALID_INPUT, firstLine(problem), where, "fix the YAML at that place");
    }

    private static String firstLine(String text) {
        String t = text == null ? "unreadable YAML" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** 1-based line and column of a mark. */
    private static int[] position(Optional<Mark> mark) {
        return mark.map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
    }

    private static final class Frame {
        final boolean map;
        final boolean flow;
        final NodeEvent start;
        final int line;
        final int column;
        final List<YamlValue.Entry> entries = new ArrayList<>();
        final List<YamlValue> items = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        ScalarEvent key;
        int size;

        Frame(boolean map, CollectionStartEvent start) {
            this.map = map;
            this.flow = start.isFlow();
            this.start = start;
            int[] at = position(start.getStartMark());
            this.line = at[0];
            this.column = at[1];
        }
    }
}
