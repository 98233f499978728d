package dev.wf.core.render;

/** What the pictures share: graph ids that no two things share, and labels of bounded length. */
final class GraphIds {
    /** A label's longest text in code points; a picture is no place for a paragraph. */
    static final int LABEL_MAX = 60;

    private GraphIds() {
    }

    /** The id of a goal or node of the workflow at {@code handle}. */
    static String node(String handle, String id) {
        return "n_" + spell(handle) + "__" + spell(id);
    }

    /** The id of a fork; its own prefix, so a fork never meets a node whose id looks like it. */
    static String fork(String handle, String id) {
        return "f_" + spell(handle) + "__" + spell(id);
    }

    /** The handle of a fork's sub-workflow. */
    static String sub(String handle, String forkId) {
        return handle.isEmpty() ? forkId : handle + "/" + forkId;
    }

    /**
     * Letters and digits stay; '-', '/' and '_' become _h, _s and _u, anything else _x and six hex digits. Every
     * '_' of the result starts one of these, so "__" never occurs in it and the ids above stay unambiguous.
     */
    private static String spell(String s) {
        StringBuilder out = new StringBuilder();
        (s == null ? "" : s).codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else if (c == '-' || c == '/' || c == '_') {
                out.append(c == '-' ? "_h" : c == '/' ? "_s" : "_u");
            } else {
                out.append("_x").append(String.format("%06x", c));
            }
        });
        return out.toString();
    }

    /** User text on one line, cut to {@link #LABEL_MAX} code points with an ellipsis. */
    static String clip(String s) {
        String line = Safe.line(s);
        if (line.codePointCount(0, line.length()) <= LABEL_MAX) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, LABEL_MAX - 1)) + "…";
    }
}
