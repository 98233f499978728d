package dev.wf.core.rules;

import dev.wf.core.error.WfException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** ids are slugs: {@code [a-z0-9][a-z0-9-]*}, at most 64 characters. */
public final class Ids {
    public static final int MAX = 64;

    private Ids() {
    }

    public static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Refuses an id that is not a slug, with one line saying what a slug is. */
    public static String require(String id) {
        if (!valid(id)) {
            throw WfException.invalid("'" + printable(id) + "' is not a valid id",
                    "use lowercase letters, digits and '-', starting with a letter or digit, at most " + MAX);
        }
        return id;
    }

    /** A slug made from a title, unique among {@code taken} (a -2, -3 ... suffix when needed). */
    public static String derive(String title, Set<String> taken) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "node";
        }
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
