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
        printer().out.print(workspace().export(format));
        return ExitCodes.OK;
    }
}
