package dev.wf.core.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a person wrote around the data: comment and blank lines before a key or item, a comment at the end of its
 * line, the exact text of each one-line scalar, and the line each path started on. Paths name items by id, so a
 * comment stays with its node when the node moves.
 */
public final class Layout {
    /** The path of the lines after the last value of the file. */
    public static final String END = "$end";

    /**
     * The trivia of one path. {@code raw} is the scalar's source text, valid while its value is {@code value}; a
     * raw text of several lines is valid only at the indent ({@code indent}) it was written at.
     */
    public record Trivia(List<String> leading, String inline, String raw, String value, int indent) {
        public Trivia {
            leading = List.copyOf(leading);
        }
    }

    /**
     * The scanned layout: trivia by path (only where the writer would not write the same by itself), each mapping's
     * key order, the keys the file had with empty values, and the line ending.
     */
    record Parts(Map<String, Trivia> trivia, Map<String, List<String>> keyOrder, Set<String> empty, boolean crlf,
            boolean plain) {
    }

    private Supplier<Parts> scan;
    private Parts parts;
    private Supplier<Map<String, Integer>> scanLines;
    private Map<String, Integer> lines;
    private final Map<String, String> renamed;

    private Layout(Supplier<Parts> scan, Supplier<Map<String, Integer>> lines, Map<String, String> renamed) {
        this.scan = scan;
        this.scanLines = lines;
        this.renamed = renamed;
    }

    /** The same layout, where what the file had under each old id is found under its new id. */
    public Layout withRenames(Map<String, String> newToOld) {
        if (newToOld.isEmpty()) {
            return this;
        }
        Layout base = this;
        return new Layout(base::parts, base::lines, Map.copyOf(newToOld));
    }

    /** The path as the file knew it: a renamed node's new id is looked up under its old one. */
    private String resolve(String path) {
        if (renamed.isEmpty() || !path.startsWith("@")) {
            return path;
        }
        int slash = path.indexOf('/');
        String id = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String old = renamed.get(id);
        return old == null ? path : "@" + old + (slash < 0 ? "" : path.substring(slash));
    }

    /**
     * A layout scanned only when first asked: reads that never write never pay for the parts, and the lines each path
     * starts on are found only for a message that names one.
     */
    static Layout lazy(Supplier<Parts> scan, Supplier<Map<String, Integer>> lines) {
        return new Layout(scan, lines, Map.of());
    }

    public static Layout empty() {
        return new Layout(() -> NONE, Map::of, Map.of());
    }

    private static final Parts NONE = new Parts(Map.of(), Map.of(), Set.of(), false, true);

    /**
     * This layout, or a short one when {@code text} is exactly what wf writes ({@code plain}) with a layout that keeps
     * only the {@code empty} keys the file had, perhaps under comment lines (such as the schema lines wf puts at the
     * top): the layout could then tell the writer nothing more, and scanning for it would cost more than writing the
     * text again. When {@code known} says so (wf wrote this text with a short layout), that is taken as shown.
     */
    Layout unlessPlain(String text, Set<String> empty, BooleanSupplier known, Function<Layout, String> plain) {
        Layout base = this;
        return new Layout(() -> {
            int head = head(text);
            if (known.getAsBoolean()) {
                return plainParts(text, head, empty);
            }
            String body = plain.apply(new Layout(() -> plainParts(text, 0, empty), Map::of, Map.of()));
            return text.startsWith(body, head) && head + body.length() == text.length()
                    ? plainParts(text, head, empty) : base.parts();
        }, base::lines, renamed);
    }

    /** Whether this layout is the short one of a text that is what wf writes. */
    public boolean plain() {
        return parts().plain();
    }

    /** The length of the comment and blank lines a text starts with. */
    private static int head(String text) {
        int head = 0;
        while (head < text.length() && (text.charAt(head) == '#' || text.charAt(head) == '\n')) {
            int eol = text.indexOf('\n', head);
            head = eol < 0 ? text.length() : eol + 1;
        }
        return head;
    }

    /** The lines before the first key, kept before it; the empty top-level keys the file had. */
    private static Parts plainParts(String text, int head, Set<String> empty) {
        if (head == 0) {
            return new Parts(Map.of(), Map.of(), Set.copyOf(empty), false, true);
        }
        String first = "/" + text.substring(head, text.indexOf(':', head));
        List<String> lines = List.of(text.substring(0, head - 1).split("\n", -1));
        return new Parts(Map.of(first, new Trivia(lines, null, null, null, 0)), Map.of(), Set.copyOf(empty), false,
                true);
    }

    private synchronized Parts parts() { // a parse may be shared between threads (WorkflowCodec keeps it)
        if (parts == null) {
            parts = scan.get();
            scan = null;
        }
        return parts;
    }

    private synchronized Map<String, Integer> lines() {
        if (lines == null) {
            lines = scanLines.get();
            scanLines = null;
        }
        return lines;
    }

    /** The keys of the mapping at this path in the order the file had them, or null. */
    List<String> keyOrder(String path) {
        return parts().keyOrder().get(resolve(path));
    }

    Trivia trivia(String path) {
        return parts().trivia().get(resolve(path));
    }

    /** Whether the file ended its lines with CR LF, so that a write keeps them that way. */
    boolean crlf() {
        return parts().crlf();
    }

    /** Whether the file had this key with an empty value ({@code null}, {@code []}): such a key is kept. */
    boolean hadEmpty(String path) {
        return parts().empty().contains(resolve(path));
    }

    /** The 1-based line a path started on, or 0 when unknown. */
    public int line(String path) {
        return lines().getOrDefault(resolve(path), 0);
    }
}
