package dev.wf.core.store;

/**
 * Lets the benchmarks parse without {@link WorkflowCodec}'s memo, which would otherwise answer a repeated parse of
 * the same text from memory. In core's package only on the class path (the benchmarks jar holds both), never as a
 * module.
 */
public final class CodecAccess {
    private CodecAccess() {
    }

    /** A real parse: {@code WorkflowCodec.parseText}, which neither reads nor fills the memo. */
    public static WorkflowCodec.Parsed parseText(String text, String file) {
        return WorkflowCodec.parseText(text, file);
    }
}
