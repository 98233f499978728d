package dev.wf.cli;

import dev.wf.core.render.Safe;
import dev.wf.core.render.TreeText;
import dev.wf.core.report.ContextReport;
import java.util.stream.Collectors;

final class ContextCommand extends Verb {
    String id;
    Long maxTokens;

    @Override
    Args declare() {
        return Args.command(this, "Print what to load for a node, in order: its goal chain and contract, then the"
                + " declared section of each L3 input, then each L4 input, with sizes. A missing file or section is"
                + " an error that lists the headings there are.")
                .param("ID", "The node (default: the current step); FORK/ID reaches into a sub-workflow.",
                        v -> id = v, Args.optional())
                .option("--max-tokens", "N", Long.class, null, "Cut the inputs' text at about N tokens (1 token ≈ 4"
                        + " characters), with a marker where it was cut.", v -> maxTokens = v);
    }

    @Override
    public Integer call() {
        ContextReport r = workspace().context(id, maxTokens);
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.context(r)));
            return ExitCodes.OK;
        }
        p.line(p.bold("context for " + Safe.line(r.node()) + ": " + Safe.line(r.title())) + " (" + r.status() + ")");
        p.line("chain:   " + Safe.line(r.chain().stream().map(s -> s.id() + ": " + s.title())
                .collect(Collectors.joining(" › "))));
        if (r.goalWhy() != null) {
            p.line("why:     " + Safe.line(r.goalWhy()));
        }
        if (r.process() != null) {
            p.line("process:");
            for (String l : Safe.block(r.process()).strip().split("\n")) {
                p.line("  " + l);
            }
        }
        if (r.script() != null) {
            p.line("script:  " + Safe.line(r.script()));
        }
        r.outputs().forEach(o -> p.line("output:  " + TreeText.output(o)));
        int i = 0;
        for (ContextReport.Part part : r.parts()) {
            p.line("");
            p.line(p.bold("── " + (++i) + ". " + part.source() + " " + Safe.line(part.file())
                    + (part.section().equals(dev.wf.core.model.Input.FULL_FILE) ? "" : "#" + Safe.line(part.section()))
                    + " (" + size(part.bytes(), part.tokens()) + (part.from().equals(r.node()) ? ""
                    : "; from " + Safe.line(part.from())) + ")"));
            if (part.why() != null) {
                p.line("why: " + Safe.line(part.why()));
            }
            if (part.binary()) {
                p.line("[binary file: not shown]");
            } else if (part.text() == null) {
                p.line("[not shown: --max-tokens " + r.maxTokens() + " was used up before this part]");
            } else {
                p.out.print(Safe.block(part.text()));
                if (!part.text().endsWith("\n")) {
                    p.line("");
                }
                if (part.cut()) {
                    p.line("[cut: --max-tokens " + r.maxTokens() + " reached; ~" + (part.tokens() - part.shownTokens())
                            + " more tokens of this part not shown]");
                }
            }
        }
        p.line("");
        p.line("total: " + r.parts().size() + " input(s), " + size(r.bytes(), r.tokens())
                + (r.maxTokens() == null ? "" : "; shown ~" + r.shownTokens() + " tokens of --max-tokens " + r.maxTokens()));
        return ExitCodes.OK;
    }

    private static String size(long bytes, long tokens) {
        return String.format("%,d bytes, ~%,d tokens", bytes, tokens);
    }
}
