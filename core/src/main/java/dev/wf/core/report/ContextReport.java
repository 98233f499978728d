package dev.wf.core.report;

import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import java.util.List;

/**
 * What {@code wf context} hands an agent or a person for one node, in the order to load it: the goal chain and the
 * node's contract, then each L3 input (only its declared section), then each L4 input; a task also gets the inputs
 * of the phases it is part of. Sizes are of the whole part;
 * {@code shownTokens} is what survives a {@code --max-tokens} cut. Tokens are estimated as one per four characters.
 */
public record ContextReport(
        String workflow,
        List<WhereReport.Step> chain,
        String goalWhy,
        String node,
        String title,
        String status,
        String process,
        String script,
        List<Input> inputs,
        List<Output> outputs,
        String notes,
        List<Part> parts,
        long bytes,
        long tokens,
        long shownTokens,
        Long maxTokens) {

    public ContextReport {
        chain = List.copyOf(chain);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        parts = List.copyOf(parts);
    }

    /** Whether a part was cut or left out to stay within {@code maxTokens}. */
    public boolean cut() {
        return parts.stream().anyMatch(Part::cut);
    }

    /**
     * One input's content; {@code from} is the node that declares it (the node itself, or a phase it is part of).
     * {@code text} is null for a binary file and for a part left out entirely by the cut; {@code cut} says it was
     * shortened or left out.
     */
    public record Part(String source, String file, String section, String why, String from, String text, long bytes,
            long tokens, long shownTokens, boolean binary, boolean cut) {
    }
}
