package dev.wf.core.ops;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.rules.Paths;

/**
 * The one-line spellings of contract entries used on the command line:
 * inputs {@code 'L3:reference docs/architecture.md#API conventions'} and
 * outputs {@code 'endpoint handlers=src/api/reports.py:python'}.
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
        int hash = rest.indexOf('#');
        String file = hash < 0 ? rest : rest.substring(0, hash).strip();
        String section = hash < 0 ? Input.FULL_FILE : rest.substring(hash + 1).strip();
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
        String format = colon < 0 ? null : rest.substring(colon + 1).strip();
        return new Output(s.substring(0, eq).strip(), path(location.strip(), "output"), format, null);
    }

    static String path(String file, String what) {
        if (!Paths.insideProject(file)) {
            throw WfException.invalid(what + " path '" + file + "' leaves the project",
                    "use a path relative to the project folder, without '..' that climbs out of it");
        }
        return file;
    }
}
