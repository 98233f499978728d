package dev.wf.core.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The scanned layout: trivia by path, the line each path starts on, and each mapping's key order. */
    record Parts(Map<String, Trivia> trivia, Map<String, Integer> lines, Map<String, List<String>> keyOrder,
            Set<String> empty, boolean crlf) {
    }

    private Supplier<Parts> scan;
    private Parts parts;
    private final Map<String, String> renamed;

    private Layout(Supplier<Parts> scan, Map<String, String> renamed) {
        this.scan = scan;
        this.renamed = renamed;
    }

    private Layout(Supplier<Parts> scan) {
        this(scan, Map.of());
    }

    /** The same layout, where what the file had under each old id is found under its new id. */
    public Layout withRenames(Map<String, String> newToOld) {
        if (newToOld.isEmpty()) {
            return this;
        }
        Layout base = this;
        return new Layout(base::parts, Map.copyOf(newToOld));
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

    /** A layout scanned only when first asked: reads that never write or report a line never pay for it. */
    static Layout lazy(Supplier<Parts> scan) {
        return new Layout(scan);
    }

    public static Layout empty() {
        return new Layout(() -> new Parts(Map.of(), Map.of(), Map.of(), Set.of(), false));
    }

    private synchronized Parts parts() { // a parse may be shared between threads (WorkflowCodec keeps it)
        if (parts == null) {
            parts = scan.get();
            scan = null;
        }
        return parts;
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
        return parts().lines().getOrDefault(resolve(path), 0);
    }
}
