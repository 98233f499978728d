package dev.wf.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain block-style YAML that wf writes, an order of magnitude faster than SnakeYAML Engine, and gives up
 * on anything else: the caller then reads the text with SnakeYAML, which also reports every error. What it accepts it
 * reads exactly as SnakeYAML would, positions included ({@code BlockReaderProperties} holds it to that).
 *
 * <p>The subset: block mappings whose keys are simple words; block sequences, also at their key's indent; plain
 * scalars on one line; quoted scalars on one line with the escapes wf writes; literal blocks ({@code |}, {@code |-})
 * as mapping values; {@code {}} and {@code []}; comment and blank lines. No tabs, no CR, no characters from U+D800
 * up, no document markers, anchors, tags or flow collections, no null written as nothing, no mapping of more than 64
 * keys or key of more than 1,024 characters, and the text ends with a line break.
 */
final class BlockReader {
    /** Deeper nesting is left to SnakeYAML, which reports what passes the limit; wf's own files are a few levels. */
    private static final int MAX_DEPTH = 48;
    /** Wider mappings are left to SnakeYAML too, so that finding a duplicate key by comparing stays cheap. */
    private static final int MAX_KEYS = 64;
    /** SnakeYAML takes a plain key of at most this many characters. */
    private static final int MAX_KEY = 1024;

    /** Thrown to give up on a text; it carries no stack trace, so it costs nothing. */
    private static final class NotTheSubset extends RuntimeException {
        NotTheSubset() {
            super(null, null, false, false);
        }
    }

    private static final NotTheSubset DECLINE = new NotTheSubset();

    private final String t;
    private final int maxValues;
    private final Map<Object, int[]> ends;
    private int values;
    private final String[] keys = new String[64];
    /** The start of the current line, and its 1-based number. */
    private int pos;
    private int line = 1;

    private BlockReader(String text, int maxValues, Map<Object, int[]> ends) {
        this.t = text;
        this.maxValues = maxValues;
        this.ends = ends;
    }

    /**
     * The document in {@code text}, or null when it is not in the subset. With {@code ends}, records where each value
     * ends the way the SnakeYAML reader does, for the layout scanner.
     */
    static YamlValue read(String text, YamlLimits limits, Map<Object, int[]> ends) {
        if (!plainCharacters(text)) {
            return null;
        }
        BlockReader r = new BlockReader(text, limits.maxNodes(), ends);
        try {
            int indent = r.nextContent();
            if (indent < 0) {
                return null;
            }
            YamlValue root = r.block(indent, 1);
            return r.nextContent() < 0 ? root : null;
        } catch (NotTheSubset e) {
            return null;
        }
    }

    /** Whether every character is one the subset allows, and the text ends with a line break. */
    private static boolean plainCharacters(String s) {
        if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c < 0xA0 || c >= 0x2028 && c <= 0x2029 || c >= 0xD800)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves to the next line with content (not blank, not a comment) and returns its indent, or -1 at the end of the
     * text (leaving the position there).
     */
    private int nextContent() {
        while (pos < t.length()) {
            int i = pos;
            while (t.charAt(i) == ' ') {
                i++;
            }
            char c = t.charAt(i);
            if (c != '\n' && c != '#') {
                int indent = i - pos;
                if (indent == 0 && (c == '%' || t.startsWith("---", i) || t.startsWith("...", i))) {
                    throw DECLINE;
                }
                return indent;
            }
            nextLine(i);
        }
        return -1;
    }

    /** Moves to the line after the one that {@code i} is on. */
    private void nextLine(int i) {
        pos = t.indexOf('\n', i) + 1;
        line++;
    }

    /** A mapping or sequence starting on the current line at {@code indent}. */
    private YamlValue block(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw DECLINE;
        }
        return entryDash(pos + indent) ? seq(indent, depth) : map(indent, pos + indent, depth);
    }

    private boolean entryDash(int i) {
        return t.charAt(i) == '-' && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\n');
    }

    /** A mapping whose first key is at {@code first} on the current line, and whose keys are at {@code indent}. */
    private YamlValue.Map map(int indent, int first, int depth) {
        int startLine = line;
        List<YamlValue.Entry> entries = new ArrayList<>();
        int k = first;
        while (true) {
            int keyEnd = keyEnd(k);
            if (keyEnd < 0) {
                throw DECLINE;
            }
            if (entries.size() == MAX_KEYS) {
                throw DECLINE; // a mapping this wide is not one of wf's: a set of keys is SnakeYAML's business
            }
            String key = key(k, keyEnd);
            for (YamlValue.Entry e : entries) {
                if (e.key().equals(key)) {
                    throw DECLINE;
                }
            }
            int keyLine = line;
            count(); // SnakeYAML counts keys as values
            YamlValue.Entry entry = new YamlValue.Entry(key, value(keyEnd + 1, indent, depth), keyLine, indent + 1,
                    false);
            if (ends != null) {
                ends.put(entry, new int[] {keyLine, keyEnd - k + indent + 1});
            }
            entries.add(entry);
            int next = nextContent();
            if (next < indent) {
                YamlValue.Map m = new YamlValue.Map(entries, startLine, indent + 1);
                return ended(m, next);
            }
            if (next > indent) {
                throw DECLINE;
            }
            k = pos + indent;
        }
    }

    /** The key from k to end, as the same String as the last time it was read: a file repeats its keys. */
    private String key(int k, int end) {
        int slot = ((t.charAt(k) * 31 + t.charAt(end - 1)) * 31 + end - k) & (keys.length - 1);
        String known = keys[slot];
        if (known != null && known.length() == end - k && t.startsWith(known, k)) {
            return known;
        }
        return keys[slot] = t.substring(k, end);
    }

    /** The end of a simple key ({@code [A-Za-z_][A-Za-z0-9_-]*}) starting at k, before its ':', or -1. */
    private int keyEnd(int k) {
        int i = k;
        char c = t.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return -1;
        }
        do {
            c = t.charAt(++i);
        } while (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-');
        if (c != ':' || t.charAt(i + 1) != ' ' && t.charAt(i + 1) != '\n' || i - k > MAX_KEY) {
            return -1;
        }
        return i;
    }

    /** The value after a key's colon at {@code i}, in a mapping at {@code indent}. */
    private YamlValue value(int i, int indent, int depth) {
        while (t.charAt(i) == ' ') {
            i++;
        }
        char c = t.charAt(i);
        if (c == '\n' || c == '#') {
            nextLine(i);
            int next = nextContent();
            if (next > indent) {
                return block(next, depth + 1);
            }
            if (next == indent && entryDash(pos + next)) {
                return seq(next, depth + 1);
            }
            throw DECLINE; // a null written as nothing
        }
        if (c == '|') {
            return literal(i, indent);
        }
        return scalarLine(i, indent);
    }

    /** A sequence whose dashes are at {@code indent}, the first on the current line. */
    private YamlValue.Seq seq(int indent, int depth) {
        int startLine = line;
        List<YamlValue> items = new ArrayList<>();
        while (true) {
            int i = pos + indent + 1;
            while (t.charAt(i) == ' ') {
                i++;
            }
            char c = t.charAt(i);
            YamlValue item;
            if (c == '\n' || c == '#') {
                nextLine(i);
                int next = nextContent();
                if (next <= indent) {
                    throw DECLINE; // a null item
                }
                item = block(next, depth + 1);
            } else if (keyEnd(i) >= 0) {
                if (depth + 1 > MAX_DEPTH) {
                    throw DECLINE;
                }
                item = map(i - pos, i, depth + 1);
            } else if (entryDash(i) || c == '|') {
                throw DECLINE;
            } else {
                item = scalarLine(i, indent);
            }
            items.add(item);
            int next = nextContent();
            if (next < indent || next == indent && !entryDash(pos + next)) {
                return ended(new YamlValue.Seq(items, startLine, indent + 1), next);
            }
            if (next > indent) {
                throw DECLINE;
            }
        }
    }

    /**
     * Records where a collection ends: at the next content, or at the end of the text. The position is then on that
     * content's line, or at the end.
     */
    private <V extends YamlValue> V ended(V value, int nextIndent) {
        count();
        if (ends != null) {
            ends.put(value, new int[] {line, nextIndent < 0 ? 1 : nextIndent + 1, 0});
        }
        return value;
    }

    private void count() {
        if (++values > maxValues) {
            throw DECLINE;
        }
    }

    /**
     * A scalar, {} or [] that starts at {@code i} and ends on this line, perhaps followed by a comment; the lines
     * after it must not be indented past {@code indent}, or they would continue it. Leaves the position on the next
     * line.
     */
    private YamlValue scalarLine(int i, int indent) {
        int startLine = line;
        int column = i - pos + 1;
        char c = t.charAt(i);
        YamlValue value;
        int end;
        int flag = 0;
        if (c == '"') {
            StringBuilder b = new StringBuilder();
            end = doubleQuoted(i + 1, b);
            value = new YamlValue.Scalar(b.toString(), false, startLine, column);
        } else if (c == '\'') {
            StringBuilder b = new StringBuilder();
            end = singleQuoted(i + 1, b);
            value = new YamlValue.Scalar(b.toString(), false, startLine, column);
        } else if ((c == '{' || c == '[') && t.charAt(i + 1) == (c == '{' ? '}' : ']')) {
            end = i + 2;
            flag = 1;
            value = c == '{' ? new YamlValue.Map(List.of(), startLine, column) : new YamlValue.Seq(List.of(),
                    startLine, column);
        } else {
            end = plainEnd(i);
            String s = t.substring(i, end);
            value = new YamlValue.Scalar(isNull(s) ? null : s, true, startLine, column);
        }
        int rest = end;
        while (t.charAt(rest) == ' ') {
            rest++;
        }
        if (t.charAt(rest) != '\n' && (t.charAt(rest) != '#' || rest == end)) {
            throw DECLINE;
        }
        count();
        if (ends != null) {
            ends.put(value, new int[] {startLine, end - pos + 1, flag});
        }
        nextLine(rest);
        if (nextContent() > indent) {
            throw DECLINE;
        }
        return value;
    }

    private static boolean isNull(String s) {
        return s.equals("null") || s.equals("~") || s.equals("Null") || s.equals("NULL");
    }

    /** The end of a plain scalar starting at i (before trailing spaces and any comment). */
    private int plainEnd(int i) {
        char c = t.charAt(i);
        char after = t.charAt(i + 1);
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 || c == '-' && (after == ' ' || after == '\n')) {
            throw DECLINE;
        }
        int end = i;
        int j = i;
        while (true) {
            c = t.charAt(j);
            if (c == '\n' || c == ' ' && t.charAt(j + 1) == '#') {
                break;
            }
            if (c == ':' && (t.charAt(j + 1) == ' ' || t.charAt(j + 1) == '\n')) {
                throw DECLINE; // a key, or an error: SnakeYAML decides
            }
            j++;
            if (c != ' ') {
                end = j;
            }
        }
        return end;
    }

    /** Reads a double-quoted scalar's body from i into b; returns the index after the closing quote. */
    private int doubleQuoted(int i, StringBuilder b) {
        while (true) {
            char c = t.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n') {
                throw DECLINE;
            }
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            char e = t.charAt(i + 1);
            switch (e) {
                case '\\', '"', '/' -> b.append(e);
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'u' -> {
                    int code = hex(i + 2);
                    if (code >= 0xD800 && code <= 0xDFFF) {
                        throw DECLINE;
                    }
                    b.append((char) code);
                    i += 4;
                }
                default -> throw DECLINE;
            }
            i += 2;
        }
    }

    private int hex(int i) {
        if (i + 4 > t.length()) {
            throw DECLINE;
        }
        int code = 0;
        for (int j = i; j < i + 4; j++) {
            char c = t.charAt(j);
            int d = c < 0x80 ? Character.digit(c, 16) : -1; // ASCII only: Character.digit takes other scripts' digits
            if (d < 0) {
                throw DECLINE;
            }
            code = code * 16 + d;
        }
        return code;
    }

    /** Reads a single-quoted scalar's body from i into b; returns the index after the closing quote. */
    private int singleQuoted(int i, StringBuilder b) {
        while (true) {
            char c = t.charAt(i);
            if (c == '\n') {
                throw DECLINE;
            }
            if (c == '\'') {
                if (t.charAt(i + 1) != '\'') {
                    return i + 1;
                }
                i++;
            }
            b.append(c);
            i++;
        }
    }

    /**
     * A literal block ({@code |}, {@code |-}, with or without an indentation digit) whose header is at i, the value of
     * a key at {@code indent}. Leaves the position on the line that ends the block.
     */
    private YamlValue literal(int i, int indent) {
        int h = i + 1;
        boolean strip = false;
        int blockIndent = -1;
        for (int k = 0; k < 2; k++) {
            char c = t.charAt(h);
            if (c == '-' && !strip) {
                strip = true;
                h++;
            } else if (c >= '1' && c <= '9' && blockIndent < 0) {
                blockIndent = indent + c - '0';
                h++;
            }
        }
        if (t.charAt(h) != '\n') {
            throw DECLINE;
        }
        int startLine = line;
        int column = i - pos + 1;
        nextLine(h);
        StringBuilder b = new StringBuilder();
        int blankRun = 0;
        boolean any = false;
        while (pos < t.length()) {
            int j = pos;
            while (t.charAt(j) == ' ') {
                j++;
            }
            int lineIndent = j - pos;
            boolean empty = t.charAt(j) == '\n';
            if (empty) {
                if (blockIndent < 0 && lineIndent > 0) {
                    throw DECLINE; // spaces before the first line would take part in finding the block's indent
                }
                if (blockIndent < 0 || lineIndent <= blockIndent) {
                    blankRun++;
                    nextLine(j);
                    continue;
                }
            } else {
                if (blockIndent < 0) {
                    if (lineIndent <= indent) {
                        throw DECLINE; // an empty block
                    }
                    blockIndent = lineIndent;
                }
                if (lineIndent < blockIndent) {
                    break;
                }
            }
            b.append("\n".repeat(any ? blankRun + 1 : blankRun));
            blankRun = 0;
            any = true;
            b.append(t, pos + blockIndent, empty ? j : t.indexOf('\n', j));
            nextLine(j);
        }
        if (!any) {
            throw DECLINE;
        }
        if (!strip) {
            b.append('\n');
        }
        YamlValue.Scalar s = new YamlValue.Scalar(b.toString(), false, startLine, column);
        count();
        if (ends != null) {
            ends.put(s, new int[] {line, 1, 2}); // SnakeYAML ends a block at the start of the next line
        }
        return s;
    }
}
