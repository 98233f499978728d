package dev.wf.core.render;

/**
 * Neutralises control characters in user text before it reaches a terminal or a Markdown view: C0 controls become
 * caret notation ({@code ESC} prints as {@code ^[}), C1 controls and other invisible format breakers become
 * {@code <U+XXXX>}. Line breaks are kept only where the caller allows them.
 */
public final class Safe {
    private Safe() {
    }

    public static String line(String s) {
        return clean(s, false);
    }

    public static String block(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean keepNewlines) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\n' && keepNewlines) {
                replacement = null;
            } else if (c == '\t') {
                replacement = " ";
            } else if (c < 0x20 || c == 0x7f) {
                replacement = "^" + (char) (c ^ 0x40);
            } else if ((c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)) {
                replacement = String.format("<U+%04X>", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
