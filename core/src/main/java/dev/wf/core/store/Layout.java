package dev.wf.core.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person wrote around the data: comment and blank lines before a key or item, a comment at the end of its
 * line, the exact text of each one-line scalar, and the line each path started on. Paths name items by id, so a
 * comment stays with its node when the node moves.
 */
public final class Layout {
    /** The path of the lines after the last value of the file. */
    public static final String END = "$end";

    /** The trivia of one path. {@code raw} is the scalar's source text, valid while its value is {@code value}. */
    public record Trivia(List<String> leading, String inline, String raw, String value) {
        public Trivia {
            leading = List.copyOf(leading);
        }
    }

    private final Map<String, Trivia> trivia;
    private final Map<String, Integer> lines;
    private final Map<String, List<String>> keyOrder;

    Layout(Map<String, Trivia> trivia, Map<String, Integer> lines, Map<String, List<String>> keyOrder) {
        this.trivia = Map.copyOf(trivia);
        this.lines = Map.copyOf(lines);
        this.keyOrder = Map.copyOf(keyOrder);
    }

    public static Layout empty() {
        return new Layout(new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** The keys of the mapping at this path in the order the file had them, or null. */
    List<String> keyOrder(String path) {
        return keyOrder.get(path);
    }

    Trivia trivia(String path) {
        return trivia.get(path);
    }

    /** Whether the file this layout was read from had a value at this path. */
    boolean had(String path) {
        return lines.containsKey(path);
    }

    /** The 1-based line a path started on, or 0 when unknown. */
    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }
}
