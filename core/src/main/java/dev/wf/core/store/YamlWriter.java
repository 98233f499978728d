package dev.wf.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@link YamlValue}s in wf's one form: block style, two-space indent, sequences indented under their key,
 * and the comments, blank lines and scalar spellings of the layout the file was read with.
 */
public final class YamlWriter {
    private final Layout layout;
    private final StringBuilder out = new StringBuilder();
    /** The indent of the key or dash of a multi-line scalar just written, whose lines the next trivia must not join. */
    private int afterBlock = -1;

    /** The layout has nothing below the top-level keys (a file that is what wf writes): deeper paths go unbuilt. */
    private final boolean topOnly;

    private YamlWriter(Layout layout) {
        this.layout = layout;
        this.topOnly = layout.plain();
    }

    public static String write(YamlValue.Map root, Layout layout) {
        YamlWriter w = new YamlWriter(layout);
        w.map(root, "", 0, null);
        Layout.Trivia end = layout.trivia(Layout.END);
        w.leading(end);
        return layout.crlf() ? w.out.toString().replace("\n", "\r\n") : w.out.toString();
    }

    private void map(YamlValue.Map m, String path, int indent, String dash) {
        boolean first = true;
        // A mapping read from the file (an unknown key's value, kept as it was) is in the file's order already; the
        // order found under its path may be another item's, when a file repeats an id.
        for (YamlValue.Entry e : ordered(m.entries(), m.line() > 0 || path == null ? null : layout.keyOrder(path))) {
            String p = path == null ? null : path + "/" + e.key();
            if (e.omittable() && isEmpty(e.value()) && (p == null || !layout.hadEmpty(p))) {
                continue;
            }
            Layout.Trivia t = p == null ? null : layout.trivia(p);
            leading(t);
            out.append(first && dash != null ? dash : " ".repeat(indent));
            first = false;
            out.append(ScalarStyle.plainSafe(e.key()) ? e.key() : ScalarStyle.doubleQuoted(e.key())).append(':');
            value(e.value(), topOnly ? null : p, indent, t);
        }
    }

    /**
     * The entries in the order the file had them; a key the file lacked goes right after the key that precedes it
     * in wf's order. A file in wf's order therefore stays in it.
     */
    private static List<YamlValue.Entry> ordered(List<YamlValue.Entry> canonical, List<String> original) {
        if (original == null || sameKeys(canonical, original)) {
            return canonical;
        }
        List<YamlValue.Entry> out = new ArrayList<>();
        for (String key : original) {
            canonical.stream().filter(e -> e.key().equals(key)).findFirst().ifPresent(out::add);
        }
        for (int i = 0; i < canonical.size(); i++) {
            YamlValue.Entry e = canonical.get(i);
            if (!original.contains(e.key())) {
                out.add(i == 0 ? 0 : out.indexOf(canonical.get(i - 1)) + 1, e);
            }
        }
        return out;
    }

    /**
     * Whether the file had the keys in wf's order: then ordering changes nothing. Empty keys that are left out unless
     * the file had them may be missing from the file's keys.
     */
    private static boolean sameKeys(List<YamlValue.Entry> entries, List<String> keys) {
        int k = 0;
        for (YamlValue.Entry e : entries) {
            if (k < keys.size() && e.key().equals(keys.get(k))) {
                k++;
            } else if (!e.omittable() || !isEmpty(e.value())) {
                return false;
            }
        }
        return k == keys.size();
    }

    /**
     * Whether a scalar spelled {@code raw} in a file is what the writer writes for {@code value} without being told,
     * whatever the scalar it is given: then the layout need not keep the spelling.
     */
    static boolean writesAnyway(String raw, String value) {
        if (value == null) {
            return raw.equals("null");
        }
        return raw.equals(value) ? ScalarStyle.plainSafe(value) : !ScalarStyle.plainSafe(value)
                && !ScalarStyle.literalSafe(value) && raw.equals(ScalarStyle.doubleQuoted(value));
    }

    private void value(YamlValue v, String p, int indent, Layout.Trivia t) {
        if (v instanceof YamlValue.Scalar s) {
            out.append(' ');
            scalar(s, indent, t);
        } else if (isEmpty(v)) {
            out.append(v instanceof YamlValue.Map ? " {}" : " []");
            inline(t);
        } else if (v instanceof YamlValue.Map m) {
            inline(t);
            map(m, p, indent + 2, null);
        } else {
            inline(t);
            seq((YamlValue.Seq) v, p, indent + 2);
        }
    }

    private void seq(YamlValue.Seq q, String path, int indent) {
        List<YamlValue> items = q.items();
        for (int i = 0; i < items.size(); i++) {
            YamlValue item = items.get(i);
            String p = path == null ? null : YamlValue.itemPath(path, item, i);
            Layout.Trivia t = p == null ? null : layout.trivia(p);
            leading(t);
            if (item instanceof YamlValue.Map m && !m.entries().isEmpty()) {
                map(m, p, indent + 2, " ".repeat(indent) + "- ");
            } else {
                out.append(" ".repeat(indent)).append('-');
                value(item, p, indent, t);
            }
        }
    }

    private void scalar(YamlValue.Scalar s, int indent, Layout.Trivia t) {
        if (t != null && t.raw() != null && Objects.equals(t.value(), s.value())
                && (t.raw().indexOf('\n') < 0 || t.indent() == indent)) {
            out.append(t.raw());
            afterBlock = t.raw().indexOf('\n') < 0 ? -1 : indent;
        } else if (s.value() == null) {
            out.append("null");
        } else if (s.plain() && s.line() > 0 ? ScalarStyle.plainSyntax(s.value())
                : ScalarStyle.plainSafe(s.value())) {
            out.append(s.value()); // a file's plain 123 stays a number; a quoted "123" stays a string
        } else if (ScalarStyle.literalSafe(s.value())) {
            literal(s.value(), indent + 2);
            afterBlock = indent;
            return;
        } else {
            out.append(ScalarStyle.doubleQuoted(s.value()));
        }
        inline(t);
    }

    private void literal(String value, int indent) {
        out.append(ScalarStyle.literalHeader(value)).append('\n');
        String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
        }
    }

    /**
     * The comment and blank lines before a key or item. Right after a multi-line scalar, a line indented past its key
     * could be read as more of the scalar (a block may sit at another indent than in the file the lines come from):
     * such a blank line is written empty and such a comment at the key's indent.
     */
    private void leading(Layout.Trivia t) {
        if (t != null) {
            for (String l : t.leading()) {
                int spaces = 0;
                while (spaces < l.length() && (l.charAt(spaces) == ' ' || l.charAt(spaces) == '\t')) {
                    spaces++;
                }
                boolean joins = afterBlock >= 0 && spaces > afterBlock;
                out.append(!joins ? l : spaces == l.length() ? "" : " ".repeat(afterBlock) + l.substring(spaces));
                out.append('\n');
            }
        }
        afterBlock = -1;
    }

    private void inline(Layout.Trivia t) {
        if (t != null && t.inline() != null) {
            char before = out.charAt(out.length() - 1);
            if (before != ' ' && before != '\t' && !t.inline().startsWith(" ") && !t.inline().startsWith("\t")) {
                out.append(' '); // a comment that touched a flow collection's end ("[a]#") would touch the key
            }
            out.append(t.inline());
        }
        out.append('\n');
    }

    static boolean isEmpty(YamlValue v) {
        return v instanceof YamlValue.Scalar s ? s.value() == null
                : v instanceof YamlValue.Map m ? m.entries().isEmpty() : ((YamlValue.Seq) v).items().isEmpty();
    }
}
