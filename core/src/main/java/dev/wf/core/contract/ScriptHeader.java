package dev.wf.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract a pipeline script restates at its top: the {@code Reads:} and {@code Writes:} lists of its leading
 * docstring or comment block (Python {@code """}, Java/JS/TS {@code /** *}{@code /}, shell and YAML {@code #}).
 * Each entry is a path, optionally followed by a comment ({@code # L3 ...} or {@code — what it is}).
 */
public final class ScriptHeader {
    private static final int MAX_LINES = 400;
    private static final Pattern HEADER = Pattern.compile("^([A-Z][A-Za-z ]{0,30}):\\s*(.*)$");
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(#!.*|package\\s.*|import\\s.*|from\\s+\\S+\\s+import\\s.*|['\"]use strict['\"];?|---|%YAML.*"
                    + "|#.*coding[:=].*)$");

    private ScriptHeader() {
    }

    /** What the script says it reads and writes. */
    public record Declared(List<String> reads, List<String> writes) {
    }

    /** The Reads:/Writes: lists of the first leading comment block that has either; empty if none does. */
    public static Optional<Declared> parse(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (List<String> block : leadingBlocks(lines)) {
            Optional<Declared> d = lists(block);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The comment blocks at the top of the file, before its first line of code, with comment markers removed. */
    static List<List<String>> leadingBlocks(String[] lines) {
        List<List<String>> blocks = new ArrayList<>();
        int i = 0;
        boolean imports = false; // a Python docstring after an import is no module docstring; Javadoc may follow one
        while (i < lines.length && i < MAX_LINES) {
            String s = lines[i].strip();
            String quote = s.replaceFirst("^[rRuUbB]{0,2}", "");
            if ((quote.startsWith("\"\"\"") || quote.startsWith("'''")) && !imports) {
                String q = quote.substring(0, 3);
                List<String> block = new ArrayList<>();
                String rest = quote.substring(3);
                while (!rest.contains(q) && ++i < lines.length) {
                    block.add(rest);
                    rest = lines[i];
                }
                block.add(rest.contains(q) ? rest.substring(0, rest.indexOf(q)) : rest);
                blocks.add(block);
                i++;
            } else if (s.startsWith("/*")) {
                List<String> block = new ArrayList<>();
                String rest = s.substring(s.startsWith("/**") ? 3 : 2);
                while (!rest.contains("*/") && ++i < lines.length) {
                    block.add(rest);
                    rest = lines[i].strip().replaceFirst("^\\*(?!/) ?", "");
                }
                block.add(rest.contains("*/") ? rest.substring(0, rest.indexOf("*/")) : rest);
                blocks.add(block);
                i++;
            } else if ((s.startsWith("#") && !s.startsWith("#!") && !PREAMBLE.matcher(s).matches())
                    || s.startsWith("//")) {
                String marker = s.startsWith("#") ? "#" : "//";
                List<String> block = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith(marker)) {
                    block.add(lines[i].strip().substring(marker.length()).replaceFirst("^ ", ""));
                    i++;
                }
                blocks.add(block);
            } else if (s.isEmpty() || PREAMBLE.matcher(s).matches()) {
                imports |= s.startsWith("import") || s.startsWith("from") || s.startsWith("package");
                i++;
            } else {
                break;
            }
        }
        return blocks;
    }

    private static Optional<Declared> lists(List<String> block) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        List<String> into = null;
        boolean any = false;
        for (String raw : block) {
            String line = raw.strip();
            Matcher h = HEADER.matcher(line);
            if (h.matches() && !looksLikePath(h.group(1))) {
                String name = h.group(1).strip();
                into = name.equals("Reads") ? reads : name.equals("Writes") ? writes : null;
                any |= into != null;
                if (into != null && !h.group(2).isBlank()) {
                    for (String part : h.group(2).split(",")) {
                        addPath(into, part);
                    }
                }
            } else if (line.isEmpty()) {
                into = null;
            } else if (into != null) {
                addPath(into, line.replaceFirst("^[-*+]\\s+", ""));
            }
        }
        return any ? Optional.of(new Declared(List.copyOf(reads), List.copyOf(writes))) : Optional.empty();
    }

    /** The path an entry names: a quoted or backticked path (which may hold spaces), else the first word. */
    private static void addPath(List<String> into, String entry) {
        String e = entry.strip();
        String token;
        if (!e.isEmpty() && "`'\"".indexOf(e.charAt(0)) >= 0 && e.indexOf(e.charAt(0), 1) > 0) {
            token = e.substring(1, e.indexOf(e.charAt(0), 1));
        } else {
            token = e.split("\\s+", 2)[0].replaceAll("[,;]$", "");
        }
        int hash = token.indexOf('#');
        token = hash > 0 ? token.substring(0, hash) : token; // a section, as in the contract's own spelling
        if (!token.isEmpty() && !token.startsWith("(") && !token.startsWith("#") && !token.startsWith("<")) {
            into.add(token.startsWith("./") ? token.substring(2) : token);
        }
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains(".");
    }
}
