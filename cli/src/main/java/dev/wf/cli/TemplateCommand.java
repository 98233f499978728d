package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.report.TemplateInfo;
import java.util.List;

final class TemplateCommand extends CommandGroup {
    @Override
    Args declare() {
        return Args.command(this, "Workflow templates for wf start --template: the built-in ones and the project's"
                + " own (.wf/templates/workflows/NAME.yaml).")
                .subcommand("list", new ListTemplates());
    }

    static final class ListTemplates extends Verb {
        @Override
        Args declare() {
            return Args.command(this, "Each template with where it comes from and what it is for.");
        }

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
