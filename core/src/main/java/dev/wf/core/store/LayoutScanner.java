package dev.wf.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the comments and blank lines of a YAML text and ties each to the key or item it stands before (or ends the
 * line of). Works on the source lines with the positions the reader recorded; all positions are 1-based.
 */
final class LayoutScanner {
    private final String[] lines;
    private final boolean crlf;
    private final Map<Object, int[]> ends;
    private final boolean[] taken;
    private final Map<String, Layout.Trivia> trivia = new HashMap<>();
    private final Map<String, List<String>> keyOrder = new HashMap<>();
    private final Set<String> empty = new HashSet<>();

    LayoutScanner(String text, Map<Object, int[]> ends) {
        this.crlf = text.contains("\r\n");
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        this.lines = body.isEmpty() ? new String[0] : body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("\r")) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1);
            }
        }
        this.ends = ends;
        this.taken = new boolean[lines.length + 2];
    }

    Layout.Parts scan(YamlValue root) {
        if (root != null) {
            cover(root);
            walk(root, "");
        }
        List<String> tail = new ArrayList<>();
        for (int i = lines.length; i >= 1 && !taken[i] && isTrivia(lines[i - 1]); i--) {
            tail.add(0, lines[i - 1]);
        }
        if (!tail.isEmpty()) {
            trivia.put(Layout.END, new Layout.Trivia(tail, null, null, null, -1));
        }
        return new Layout.Parts(trivia, keyOrder, empty, crlf, false);
    }

    /** The line each path starts on. */
    static Map<String, Integer> lines(YamlValue root) {
        Map<String, Integer> starts = new HashMap<>();
        lines(root, "", starts);
        return starts;
    }

    private static void lines(YamlValue value, String path, Map<String, Integer> starts) {
        if (value instanceof YamlValue.Map m) {
            for (YamlValue.Entry e : m.entries()) {
                String p = path + "/" + e.key();
                starts.putIfAbsent(p, e.line());
                lines(e.value(), p, starts);
            }
        } else if (value instanceof YamlValue.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                YamlValue item = q.items().get(i);
                String p = YamlValue.itemPath(path, item, i);
                starts.putIfAbsent(p, item.line());
                lines(item, p, starts);
            }
        }
    }

    /** Marks the lines inside multi-line scalars, whose text may look like comments but is not. */
    private void cover(YamlValue value) {
        if (value instanceof YamlValue.Scalar s) {
            int[] end = ends.get(s);
            if (end != null) {
                int last = end[1] == 1 ? end[0] - 1 : end[0];
                if (end[2] == 2 && s.value() != null && !s.value().isEmpty()) {
                    // A block scalar's span runs over the blank lines after it; those belong to the next key.
                    String v = s.value().endsWith("\n") ? s.value().substring(0, s.value().length() - 1) : s.value();
                    last = Math.min(last, s.line() + (int) v.chars().filter(c -> c == '\n').count() + 1);
                }
                for (int l = s.line() + 1; l <= last && l <= lines.length; l++) {
                    taken[l] = true;
                }
            }
        } else if (value instanceof YamlValue.Map m) {
            m.entries().forEach(e -> cover(e.value()));
        } else if (value instanceof YamlValue.Seq q) {
            q.items().forEach(this::cover);
        }
    }

    private void walk(YamlValue value, String path) {
        if (value instanceof YamlValue.Map m) {
            keyOrder.putIfAbsent(path, m.entries().stream().map(YamlValue.Entry::key).toList());
            for (YamlValue.Entry e : m.entries()) {
                Layout.Trivia t = trivia(e.line(), e.column() - 1, inlineOfEntry(e), e.value());
                boolean isEmpty = YamlWriter.isEmpty(e.value());
                if (t != null || isEmpty || !(e.value() instanceof YamlValue.Scalar)) { // a path costs: only if need be
                    String p = path + "/" + e.key();
                    put(p, t);
                    if (isEmpty) {
                        empty.add(p);
                    }
                    walk(e.value(), p);
                }
            }
        } else if (value instanceof YamlValue.Seq q) {
            for (int i = 0; i < q.items().size(); i++) {
                YamlValue item = q.items().get(i);
                String p = YamlValue.itemPath(path, item, i);
                put(p, trivia(item.line(), -1, item instanceof YamlValue.Scalar ? restAfter(item) : null, item));
                walk(item, p);
            }
        }
    }

    private void put(String path, Layout.Trivia t) {
        if (t != null) {
            trivia.put(path, t);
        }
    }

    /** What the writer must be told about a value on this line: null when it would write the same by itself. */
    private Layout.Trivia trivia(int line, int indent, String inline, YamlValue value) {
        List<String> leading = claimAbove(line);
        String raw = value instanceof YamlValue.Scalar s ? raw(s, indent) : null;
        if (!leading.isEmpty() || inline != null || raw != null && !YamlWriter.writesAnyway(raw,
                ((YamlValue.Scalar) value).value())) {
            String rawValue = raw == null ? null : ((YamlValue.Scalar) value).value();
            return new Layout.Trivia(leading, inline, raw, rawValue, indent);
        }
        return null;
    }

    /**
     * A scalar's source text: one line as it stands; several lines (a block, or a quoted or plain scalar that
     * wraps) only for a mapping value, and not for a block that keeps its trailing blank lines ({@code |+}).
     */
    private String raw(YamlValue.Scalar s, int indent) {
        int[] end = ends.get(s);
        if (end == null || s.line() < 1 || end[0] > lines.length || end[0] < s.line()) {
            return null;
        }
        if (end[0] == s.line() && end[2] == 0) {
            String text = lines[s.line() - 1];
            String one = text.substring(index(text, s.column()), index(text, end[1]));
            // A span that starts with an anchor, a tag or an alias is not the scalar's own spelling.
            return one.isEmpty() || "&!*".indexOf(one.charAt(0)) < 0 ? one : null;
        }
        String first = lines[s.line() - 1].substring(index(lines[s.line() - 1], s.column()));
        if (indent < 0 || (end[2] >= 2 && first.contains("+"))) {
            return null;
        }
        StringBuilder out = new StringBuilder(first);
        for (int l = s.line() + 1; l <= end[0]; l++) {
            String text = lines[l - 1];
            out.append('\n').append(l == end[0] ? text.substring(0, index(text, end[1])) : text);
        }
        // The span may run into the blank lines after a block; keep the first cut that reads back the same value.
        String whole = out.toString();
        for (String cut : new String[] {whole.replaceAll("\n+$", ""), whole.stripTrailing()}) {
            if (readsAs(cut, indent, s.value())) {
                return cut;
            }
        }
        return null;
    }

    private static boolean readsAs(String raw, int indent, String value) {
        try {
            YamlValue root = YamlReader.read(" ".repeat(indent) + "k: " + raw + "\n", "raw").root();
            return root instanceof YamlValue.Map m && m.entry("k").map(e -> e.value() instanceof YamlValue.Scalar x
                    && java.util.Objects.equals(x.value(), value)).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<String> claimAbove(int line) {
        List<String> out = new ArrayList<>();
        if (line < 1 || line > lines.length) {
            return out;
        }
        for (int l = line - 1; l >= 1 && !taken[l] && isTrivia(lines[l - 1]); l--) {
            out.add(0, lines[l - 1]);
            taken[l] = true;
        }
        taken[line] = true;
        return out;
    }

    private String inlineOfEntry(YamlValue.Entry e) {
        YamlValue v = e.value();
        int[] end = ends.get(v);
        boolean sameLine = end != null && v.line() == e.line();
        if (sameLine && end[2] >= 2) {
            return null;
        }
        if (sameLine && end[0] == e.line()) {
            return restAfter(v);
        }
        int[] keyEnd = ends.get(e);
        if (keyEnd == null || e.line() < 1 || e.line() > lines.length) {
            return null;
        }
        String rest = lines[e.line() - 1].substring(index(lines[e.line() - 1], keyEnd[1]));
        String afterColon = rest.stripLeading();
        return afterColon.startsWith(":") ? comment(afterColon.substring(1)) : null;
    }

    private String restAfter(YamlValue v) {
        int[] end = ends.get(v);
        if (end == null || end[0] < 1 || end[0] > lines.length || end[2] >= 2) {
            return null;
        }
        String text = lines[end[0] - 1];
        return comment(text.substring(index(text, end[1])));
    }

    /** The char index of a 1-based column; SnakeYAML counts columns in code points, Java strings in chars. */
    private static int index(String line, int column) {
        int points = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.max(0, Math.min(column - 1, points)));
    }

    private static String comment(String rest) {
        return rest.strip().startsWith("#") ? rest : null;
    }

    private static boolean isTrivia(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }
}
