package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.rules.Paths;

/**
 * The one-line spellings of contract entries used on the command line:
 * inputs {@code 'L3:reference docs/architecture.md#API conventions'} (a {@code #} in the file name is written
 * {@code \#}) and outputs {@code 'endpoint handlers=src/api/reports.py:python'}.
 */
public final class ContractSpec {
    private ContractSpec() {
    }

    public static Input input(String spec, String why) {
        String s = spec == null ? "" : spec.strip();
        int space = s.indexOf(' ');
        if (space < 0) {
            throw WfException.invalid("input '" + spec + "' needs a source and a file",
                    "write it as 'L3:reference docs/architecture.md#API conventions'");
        }
        SourceKind kind = SourceKind.parse(s.substring(0, space)).orElseThrow(() -> WfException.invalid(
                "'" + s.substring(0, space) + "' is not an input source", "allowed: " + SourceKind.allowed()));
        String rest = s.substring(space + 1).strip();
        int hash = unescapedHash(rest);
        String file = (hash < 0 ? rest : rest.substring(0, hash)).strip().replace("\\#", "#");
        String section = hash < 0 ? Input.FULL_FILE : rest.substring(hash + 1).strip();
        if (section.contains("\n") || section.contains("\r")) {
            throw WfException.invalid("the section of input '" + file + "' spans lines", "name one heading, on one line");
        }
        return new Input(kind, path(file, "input"), section.isEmpty() ? Input.FULL_FILE : section, why, null);
    }

    public static Output output(String spec) {
        String s = spec == null ? "" : spec.strip();
        int eq = s.indexOf('=');
        if (eq <= 0) {
            throw WfException.invalid("output '" + spec + "' needs a name and a location",
                    "write it as 'endpoint handlers=src/api/reports.py:python'");
        }
        String rest = s.substring(eq + 1).strip();
        int colon = rest.lastIndexOf(':');
        String location = colon < 0 ? rest : rest.substring(0, colon);
        String format = colon < 0 || rest.substring(colon + 1).isBlank() ? null : rest.substring(colon + 1).strip();
        if (location.isBlank()) {
            throw WfException.invalid("output '" + spec + "' has no location", "write it as 'endpoint handlers"
                    + "=src/api/reports.py:python'");
        }
        return new Output(s.substring(0, eq).strip(), path(location.strip(), "output"), format, null);
    }

    private static int unescapedHash(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '#' && (i == 0 || text.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    static String path(String file, String what) {
        if (!Paths.insideProject(file)) {
            throw WfException.invalid(what + " path '" + file + "' leaves the project",
                    "use a path relative to the project folder, without '..' that climbs out of it");
        }
        return file;
    }
}
