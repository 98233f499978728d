package dev.wf.core;

import dev.wf.core.error.WfException;
import dev.wf.core.report.TemplateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Workflow templates for {@code wf start --template NAME}: the ones wf ships (templates/workflows/ in the repository,
 * copied into the jar) and the project's own in .wf/templates/workflows/NAME.yaml, which win over a built-in of the
 * same name. A template's first line may be {@code # description: ...}.
 */
final class Templates {
    static final List<String> BUILT_IN = List.of("blank", "rest-endpoint", "release", "document-job");
    static final String PROJECT_DIR = ".wf/templates/workflows";
    private static final String DESCRIPTION = "# description:";

    private Templates() {
    }

    /** The template's text, without its description line; an unknown name is refused with the names there are. */
    static String load(Path project, String name) {
        Optional<String> text = projectFile(project, name).map(Templates::read).or(() -> builtIn(name))
                .map(t -> t.startsWith(DESCRIPTION) ? t.substring(t.indexOf('\n') + 1) : t);
        return text.orElseThrow(() -> WfException.invalid("no template '" + name + "'; there are: "
                + String.join(", ", list(project).stream().map(TemplateInfo::name).toList()),
                "see them with wf template list; add your own as " + PROJECT_DIR + "/NAME.yaml"));
    }

    static List<TemplateInfo> list(Path project) {
        TreeMap<String, TemplateInfo> out = new TreeMap<>();
        for (String name : BUILT_IN) {
            builtIn(name).ifPresent(t -> out.put(name, new TemplateInfo(name, "built-in", description(t))));
        }
        Path dir = project.resolve(PROJECT_DIR);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
                for (Path f : files) {
                    String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                    if (!dev.wf.core.rules.Ids.valid(name)) {
                        continue; // a template is named by a slug
                    }
                    out.put(name, new TemplateInfo(name, PROJECT_DIR + "/" + f.getFileName(), description(read(f))));
                }
            } catch (IOException e) {
                throw WfException.storage("cannot list " + PROJECT_DIR + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Optional<Path> projectFile(Path project, String name) {
        if (!dev.wf.core.rules.Ids.valid(name)) {
            return Optional.empty();
        }
        Path f = project.resolve(PROJECT_DIR).resolve(name + ".yaml");
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    private static Optional<String> builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Templates.class.getResourceAsStream("/dev/wf/core/templates/workflows/" + name
                + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw WfException.storage("cannot read the built-in template " + name + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WfException.storage("cannot read " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String description(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith(DESCRIPTION) ? first.substring(DESCRIPTION.length()).strip() : "";
    }
}
