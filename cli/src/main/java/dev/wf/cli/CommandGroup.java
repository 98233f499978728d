package dev.wf.cli;

import picocli.CommandLine.ParameterException;

/** A command that only holds subcommands (wf operation, wf template): called bare, it names them. */
abstract class CommandGroup extends Verb {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: "
                + String.join(", ", spec.subcommands().entrySet().stream()
                        .filter(e -> !e.getKey().equals("help") && !e.getValue().getCommandSpec().usageMessage().hidden())
                        .map(java.util.Map.Entry::getKey).toList()));
    }
}
