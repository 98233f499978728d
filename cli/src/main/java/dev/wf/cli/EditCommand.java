package dev.wf.cli;

import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import dev.wf.core.ops.ContractSpec;
import dev.wf.core.ops.Edit;
import java.util.List;

final class EditCommand extends Verb {
    String id;
    String title;
    String notes;
    String process;
    String script;
    String why;
    String output;
    List<String> inputs;
    List<String> removeInputs;
    List<String> outputs;
    List<String> removeOutputs;

    @Override
    Args declare() {
        return Args.command(this, "Change what a node says: title, notes, process, contract inputs and outputs. On"
                + " the goal's id: title, --why and --goal-output.")
                .param("ID", "The node, or the goal's id.", v -> id = v)
                .option("--title", "TEXT", "The new title (at most 500 characters).", v -> title = v)
                .option("--notes", "TEXT", "Free text; \"\" clears it.", v -> notes = v)
                .option("--process", "TEXT", "The ordered steps; \"\" clears them.", v -> process = v)
                .option("--script", "PATH", "The script that does this node's work; wf check compares its"
                        + " Reads:/Writes: with the contract. \"\" clears it.", v -> script = v)
                .option("--why", "TEXT", "The goal's why; with --input, why the input is needed.", v -> why = v)
                .option("--goal-output", "TEXT", "What the finished workflow delivers.", v -> output = v)
                .list("--input", "SPEC", "Add an input: 'L3:reference docs/architecture.md#API conventions' (no #:"
                        + " the full file).", v -> inputs = v)
                .list("--remove-input", "FILE[#SECTION]", "Remove the input that reads this file (and section).",
                        v -> removeInputs = v)
                .list("--output", "SPEC", "Add an output: 'endpoint handlers=src/api/reports.py:python'.",
                        v -> outputs = v)
                .list("--remove-output", "ARTIFACT|LOCATION",
                        "Remove the output with this artifact name or location.", v -> removeOutputs = v);
    }

    @Override
    public Integer call() {
        boolean inputWhy = !inputs.isEmpty();
        List<Input> in = inputs.stream().map(s -> ContractSpec.input(s, inputWhy ? why : null)).toList();
        List<Output> out = outputs.stream().map(ContractSpec::output).toList();
        Edit.Request r = new Edit.Request(title, inputWhy ? null : why, output, notes, process, script, in, removeInputs, out,
                removeOutputs);
        return report(workspace().edit(id, r));
    }
}
