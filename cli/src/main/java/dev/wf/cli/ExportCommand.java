package dev.wf.cli;

import dev.wf.core.render.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "The tree as a picture or as data: mermaid, dot, json or markdown.")
final class ExportCommand extends Verb {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class)
    Export.Format format;

    @Override
    public Integer call() {
        String text = workspace().export(format);
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.export(format, text)));
        } else {
            p.out.print(text);
        }
        return ExitCodes.OK;
    }
}
