package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wf where uses colour and status glyphs on a colour terminal, and plain text everywhere else. */
class ColourTests {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private Run.Result where(Run run, String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "where";
        System.arraycopy(more, 0, args, 1, more.length);
        return run.wf(args);
    }

    @Test
    void aColourTerminalGetsColouredGlyphs() {
        Run started = new Run(dir);
        started.startReportsApi();
        started.wf("done");
        Run.Result r = where(new Run(dir).env("NO_COLOR", "").terminal(""));

        assertThat(r.out()).contains(ESC + "1m") // the chain in bold
                .contains(ESC + "32m[").contains(ESC + "0m"); // the finished phase's glyph in green
        assertThat(r.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(where(started).out());
    }

    @Test
    void noColourUnderNoColorDumbTermNoColorFlagOrAPipe() {
        new Run(dir).startReportsApi();
        assertThat(where(new Run(dir).terminal("")).out()).doesNotContain(ESC); // NO_COLOR=1 (Run's default)
        assertThat(where(new Run(dir).env("NO_COLOR", "").env("TERM", "dumb").terminal("")).out())
                .doesNotContain(ESC);
        assertThat(where(new Run(dir).env("NO_COLOR", "").terminal(""), "--no-color").out()).doesNotContain(ESC);
        assertThat(where(new Run(dir).env("NO_COLOR", "")).out()).doesNotContain(ESC); // not a terminal: piped
    }
}
