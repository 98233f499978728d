package dev.wf.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a Markdown file. A section is a heading and everything after it up to the next heading of the same
 * or a higher level. ATX ({@code ## Title}) and setext (underlined) headings count; lines inside fenced code blocks
 * and a leading YAML front matter block do not.
 */
public final class Sections {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern NOT_PARAGRAPH = Pattern.compile("^(?: {4,}|\\s*$| {0,3}(?:[-*+>|]|\\d+[.)])(?:\\s|$))");

    private Sections() {
    }

    /** A heading: its level (1-6), its text, and the 0-based lines where its section starts and ends (exclusive). */
    public record Heading(int level, String text, int startLine, int endLine) {
    }

    /** Every heading of the text, in order. */
    public static List<Heading> headings(String text) {
        return headings(lines(text));
    }

    private static List<Heading> headings(String[] lines) {
        List<int[]> found = new ArrayList<>(); // {line, level}
        List<String> names = new ArrayList<>();
        String fence = null;
        int first = frontMatterEnd(lines);
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.strip().length() == f.group(1).length()) {
                    fence = null;
                }
                continue;
            }
            if (f.find()) {
                fence = f.group(1);
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                found.add(new int[] {i, atx.group(1).length()});
                names.add(atx.group(2) == null ? "" : atx.group(2));
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && i > first && !NOT_PARAGRAPH.matcher(lines[i - 1]).find()
                    && !ATX.matcher(lines[i - 1]).matches() && !(found.size() > 0 && last(found)[0] == i - 1)) {
                found.add(new int[] {i - 1, setext.group(1).charAt(0) == '=' ? 1 : 2});
                names.add(lines[i - 1]);
            }
        }
        List<Heading> out = new ArrayList<>();
        for (int h = 0; h < found.size(); h++) {
            int level = found.get(h)[1];
            int end = lines.length;
            for (int k = h + 1; k < found.size(); k++) {
                if (found.get(k)[1] <= level) {
                    end = found.get(k)[0];
                    break;
                }
            }
            out.add(new Heading(level, normal(names.get(h)), found.get(h)[0], end));
        }
        return out;
    }

    /**
     * The section under the heading named {@code name} (leading {@code #}s and spacing ignored; an exact match
     * first, then one that ignores case), with line ends as {@code \n} and trailing blank lines dropped.
     */
    public static Optional<String> section(String text, String name) {
        String wanted = normal(name.replaceFirst("^#+\\s*", ""));
        String[] lines = lines(text);
        List<Heading> all = headings(lines);
        Optional<Heading> h = all.stream().filter(x -> x.text().equals(wanted)).findFirst()
                .or(() -> all.stream().filter(x -> x.text().toLowerCase(Locale.ROOT)
                        .equals(wanted.toLowerCase(Locale.ROOT))).findFirst());
        if (h.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int end = h.get().endLine();
        while (end > h.get().startLine() + 1 && lines[end - 1].isBlank()) {
            end--;
        }
        for (int i = h.get().startLine(); i < end; i++) {
            out.append(lines[i]).append('\n');
        }
        return Optional.of(out.toString());
    }

    private static int[] last(List<int[]> found) {
        return found.get(found.size() - 1);
    }

    private static String normal(String heading) {
        return heading.strip().replaceAll("\\s+", " ");
    }

    /** The lines of the text, split at LF, CR LF or CR (a regex split is several times slower). */
    private static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    private static int frontMatterEnd(String[] lines) {
        if (lines.length > 0 && lines[0].equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].equals("---") || lines[i].equals("...")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
