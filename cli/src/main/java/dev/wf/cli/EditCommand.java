package dev.wf.cli;

import dev.wf.core.model.Input;
import dev.wf.core.model.Output;
import dev.wf.core.ops.ContractSpec;
import dev.wf.core.ops.Edit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true, description = "Change what a node says: title, notes, process, contract inputs and outputs."
        + " On the goal's id: title, --why and --goal-output.")
final class EditCommand extends Verb {
    @Parameters(paramLabel = "ID", description = "The node, or the goal's id.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The new title (at most 500 characters).")
    String title;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free text; \"\" clears it.")
    String notes;

    @Option(names = "--process", paramLabel = "TEXT", description = "The ordered steps; \"\" clears them.")
    String process;

    @Option(names = "--script", paramLabel = "PATH",
            description = "The script that does this node's work; wf check compares its Reads:/Writes: with the contract."
                    + " \"\" clears it.")
    String script;

    @Option(names = "--why", paramLabel = "TEXT", description = "The goal's why; with --input, why the input is needed.")
    String why;

    @Option(names = "--goal-output", paramLabel = "TEXT", description = "What the finished workflow delivers.")
    String output;

    @Option(names = "--input", paramLabel = "SPEC",
            description = "Add an input: 'L3:reference docs/architecture.md#API conventions' (no #: the full file).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--remove-input", paramLabel = "FILE[#SECTION]",
            description = "Remove the input that reads this file (and section).")
    List<String> removeInputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "SPEC",
            description = "Add an output: 'endpoint handlers=src/api/reports.py:python'.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--remove-output", paramLabel = "ARTIFACT|LOCATION",
            description = "Remove the output with this artifact name or location.")
    List<String> removeOutputs = new ArrayList<>();

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
