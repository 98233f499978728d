package dev.wf.core.ops;

import dev.wf.core.error.WfException;

/** Limits on the text people give wf: titles and reasons are one line of reasonable length. */
public final class Text {
    public static final int MAX_TITLE = 500;

    private Text() {
    }

    /** Refuses a blank or overlong title; returns it stripped. */
    public static String title(String title) {
        if (title == null || title.isBlank()) {
            throw WfException.invalid("a node needs a title", "wf add PARENT \"what this step does\"");
        }
        if (title.strip().contains("\n") || title.contains("\r")) {
            throw WfException.invalid("a title is one line", "put the detail in --notes or --process");
        }
        if (title.length() > MAX_TITLE) {
            throw WfException.invalid("a title of " + title.length() + " characters is too long (at most "
                    + MAX_TITLE + ")", "keep the title short and put the detail in --notes or --process");
        }
        return title.strip();
    }
}
