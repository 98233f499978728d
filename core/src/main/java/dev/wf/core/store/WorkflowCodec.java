package dev.wf.core.store;

import dev.wf.core.model.Workflow;

/** Reads and writes workflow.yaml text, keeping the layout (comments, spellings) of what was read. */
public final class WorkflowCodec {
    private WorkflowCodec() {
    }

    /** A workflow together with the layout of the text it came from. */
    public record Parsed(Workflow workflow, Layout layout) {
    }

    /**
     * Parses workflow.yaml text; {@code file} names it in error messages. A lone CR is a line break to YAML, so it
     * is read as one everywhere (the layout of comments included) and written back as LF.
     */
    public static Parsed parse(String text, String file) {
        YamlReader.Result r = YamlReader.read(text.indexOf('\r') < 0 ? text : text.replaceAll("\r(?!\n)", "\n"),
                file);
        return new Parsed(new WorkflowDecoder(file).decode(r.root()), r.layout());
    }

    /** The text of a workflow in wf's form, reusing the comments and spellings of {@code layout}. */
    public static String format(Workflow workflow, Layout layout) {
        return YamlWriter.write(WorkflowEncoder.encode(workflow), layout);
    }
}
