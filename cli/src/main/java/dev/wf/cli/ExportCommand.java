package dev.wf.cli;

import dev.wf.core.render.Export;

final class ExportCommand extends Verb {
    Export.Format format;

    @Override
    Args declare() {
        return Args.command(this, "The tree as a picture or as data: mermaid, dot, json or markdown.")
                .option("--format", "FORMAT", Export.Format.class, null, "One of: ${COMPLETION-CANDIDATES}.",
                        v -> format = v, Args.required(), Args.candidates(new FormatConverter.Names()),
                        Args.converter(new FormatConverter()));
    }

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
