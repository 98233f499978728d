package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.TemplateInfo;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "template", mixinStandardHelpOptions = true, description = "Workflow templates for wf start"
        + " --template: the built-in ones and the project's own (.wf/templates/workflows/NAME.yaml).",
        subcommands = TemplateCommand.ListTemplates.class)
final class TemplateCommand extends CommandGroup {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Each template with where it comes from"
            + " and what it is for.")
    static final class ListTemplates extends Verb {
        @Override
        public Integer call() {
            List<TemplateInfo> all = workspace().templates();
            Printer p = printer();
            if (p.json) {
                p.out.println(JsonViews.write(JsonViews.templates(all)));
                return ExitCodes.OK;
            }
            int width = all.stream().mapToInt(t -> t.name().length()).max().orElse(0);
            for (TemplateInfo t : all) {
                p.line(String.format("%-" + width + "s  %s  (%s)", Safe.line(t.name()), Safe.line(t.description()),
                        Safe.line(t.source())));
            }
            return ExitCodes.OK;
        }
    }
}
