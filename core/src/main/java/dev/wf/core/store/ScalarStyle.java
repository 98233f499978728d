package dev.wf.core.store;

import java.util.regex.Pattern;

/** Chooses how a string is written: plain when YAML reads it back as the same string, else quoted or a block. */
final class ScalarStyle {
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-f_]+|0o[0-7_]+|[-+]?\\.inf|\\.nan|<<");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String[] WORDS = {"true", "false", "yes", "no", "on", "off", "y", "n", "null"};

    private ScalarStyle() {
    }

    /** Whether a plain scalar gives back this string (not a number, a boolean or null). */
    static boolean plainSafe(String s) {
        return plainSyntax(s) && !special(s);
    }

    /** Whether plain, this text would be a number, a boolean, null or a merge key rather than a string. */
    static boolean special(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '~' || first == '<') {
            return s.equals("~") || s.equals("<<");
        }
        if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
            return word(s); // a plain scalar that starts with a letter is special only as one of YAML's words
        }
        if ("-+.0123456789".indexOf(first) < 0) {
            return false;
        }
        for (int i = 5; i < s.length(); i++) { // past five characters, only a number can be special
            if ("0123456789_.+-eEoOxXabcdfABCDF".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return SPECIAL.matcher(s).matches();
    }

    /** Whether the text is one of YAML's boolean and null words, in any ASCII case (as the pattern's (?i) reads). */
    private static boolean word(String s) {
        next:
        for (String w : WORDS) {
            if (w.length() != s.length()) {
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = s.charAt(i);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != w.charAt(i)) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the string can stand as a plain scalar at all, whatever type YAML then gives it. */
    static boolean plainSyntax(String s) {
        int n = s.length();
        if (n == 0 || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.charAt(n - 1) == ':'
                || Character.isWhitespace(s.codePointAt(0)) || Character.isWhitespace(s.codePointBefore(n))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == ':' && i + 1 < n && s.charAt(i + 1) == ' ' || c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
                    return false; // ": " would start a mapping value, " #" a comment
                }
                continue;
            }
            int cp = s.codePointAt(i);
            if (cp < 0x20 || !printable(cp) || cp == 0x85 || cp == 0xfeff || cp == 0x2028 || cp == 0x2029) {
                return false;
            }
            i += Character.charCount(cp) - 1;
        }
        return true;
    }

    /** YAML's printable set (what SnakeYAML accepts in a file), by code point; unpaired surrogates are not in it. */
    static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Whether a multi-line string can be written as a literal block and read back unchanged. */
    static boolean literalSafe(String s) {
        // A block that keeps its trailing blank lines (|+) would swallow the blank lines a file has after it.
        if (!s.contains("\n") || s.strip().isEmpty() || s.endsWith("\n\n")) {
            return false;
        }
        return s.codePoints().allMatch(c -> c == '\n' || c == '\t' || (c >= 0x20 && printable(c) && c != 0x85
                && c != 0xfeff && c != 0x2028 && c != 0x2029));
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                default -> {
                    if (c < 0x20 || !printable(c) || c == 0x85 || c == 0xfeff || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** The header of a literal block ({@code |}, {@code |-}, {@code |+}, with an indentation digit if needed). */
    static String literalHeader(String s) {
        int trailing = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\n'; i--) {
            trailing++;
        }
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        String firstContent = s.lines().filter(l -> !l.isEmpty()).findFirst().orElse("");
        return "|" + (firstContent.startsWith(" ") ? "2" : "") + chomp;
    }
}
