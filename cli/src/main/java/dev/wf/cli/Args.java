package dev.wf.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * A command's options and parameters, declared to picocli by code. picocli's annotations say the same, but reading
 * them cost about 50 ms of every command: the JDK makes a proxy class for each annotation type it meets, and no
 * class cache keeps those. Each value goes to the field a lambda names, as an annotated field's would.
 */
final class Args {
    /** A trait of an option or parameter beyond its names, label and description: required, hidden, a default. */
    record Trait(Consumer<OptionSpec.Builder> option, Consumer<PositionalParamSpec.Builder> param) {
    }

    private final CommandSpec spec;
    private final List<PositionalParamSpec> params = new java.util.ArrayList<>();

    private Args(CommandSpec spec) {
        this.spec = spec;
    }

    /** A command over {@code user}; {@link #spec} adds picocli's standard {@code -h/--help} and {@code -V/--version}. */
    static Args command(Object user, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(user);
        spec.usageMessage().description(description);
        return new Args(spec);
    }

    /**
     * The model, complete. The parameters come after the options, as picocli's annotations gave them: picocli names
     * every missing option but only the first missing parameter, in that order. The help options come last, where
     * mixinStandardHelpOptions puts them.
     */
    CommandSpec spec() {
        params.forEach(spec::addPositional);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    Args footer(String... lines) {
        spec.usageMessage().footer(lines);
        return this;
    }

    /** An option without a value, false unless given. */
    Args flag(String names, String description, Consumer<Boolean> to, Trait... traits) {
        return option(names, null, boolean.class, false, description, to, traits);
    }

    /** An option with one text value, null unless given. */
    Args option(String names, String label, String description, Consumer<String> to, Trait... traits) {
        return option(names, label, String.class, null, description, to, traits);
    }

    /** An option with a value of {@code type}, {@code initial} unless given. */
    <T> Args option(String names, String label, Class<T> type, T initial, String description, Consumer<T> to,
            Trait... traits) {
        OptionSpec.Builder b = OptionSpec.builder(names.split(", ")).type(type);
        if (label != null) {
            b.paramLabel(label);
        }
        if (description != null) {
            b.description(description);
        }
        add(b, initial, to, traits);
        return this;
    }

    /** An option that may be given many times, each value added to a list (empty unless given). */
    Args list(String names, String label, String description, Consumer<List<String>> to, Trait... traits) {
        OptionSpec.Builder b = OptionSpec.builder(names.split(", ")).type(List.class).auxiliaryTypes(String.class)
                .paramLabel(label).description(description);
        add(b, List.<String>of(), to, traits);
        return this;
    }

    /** An option that may be given many times as KEY=VALUE, each pair put in a map (empty unless given). */
    Args map(String names, String label, String description, Consumer<Map<String, String>> to, Trait... traits) {
        OptionSpec.Builder b = OptionSpec.builder(names.split(", ")).type(Map.class)
                .auxiliaryTypes(String.class, String.class).paramLabel(label).description(description);
        add(b, Map.<String, String>of(), to, traits);
        return this;
    }

    /** The next positional parameter, required. */
    Args param(String label, String description, Consumer<String> to, Trait... traits) {
        return param(label, String.class, description, to, traits);
    }

    /** The next positional parameter, of {@code type}, required. */
    <T> Args param(String label, Class<T> type, String description, Consumer<T> to, Trait... traits) {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(String.valueOf(params.size())).type(type)
                .arity("1").required(true).paramLabel(label).description(description);
        Binding<T> binding = new Binding<>(to);
        b.getter(binding).setter(binding).initialValue(null).hasInitialValue(true).converters(converter(type));
        for (Trait t : traits) {
            t.param().accept(b);
        }
        params.add(b.build());
        return this;
    }

    /** Leaves the command out of help and completion: one that wf runs itself (wf daemon serve). */
    Args unlisted() {
        spec.usageMessage().hidden(true);
        return this;
    }

    /** A subcommand, named. */
    Args subcommand(String name, Verb verb) {
        spec.addSubcommand(name, verb.declared(name));
        return this;
    }

    static Trait required() {
        return new Trait(b -> b.required(true), b -> b.required(true));
    }

    /** A positional parameter that may be left out. */
    static Trait optional() {
        return new Trait(b -> b.arity("0..1"), b -> b.arity("0..1").required(false));
    }

    static Trait hidden() {
        return new Trait(b -> b.hidden(true), b -> b.hidden(true));
    }

    static Trait defaultValue(String value) {
        return new Trait(b -> b.defaultValue(value), b -> b.defaultValue(value));
    }

    /** Given before or after any verb, as the top command's options are. */
    static Trait inherited() {
        return new Trait(b -> b.scopeType(ScopeType.INHERIT), b -> b.scopeType(ScopeType.INHERIT));
    }

    static Trait candidates(Iterable<String> values) {
        return new Trait(b -> b.completionCandidates(values), b -> b.completionCandidates(values));
    }

    static Trait converter(ITypeConverter<?> converter) {
        return new Trait(b -> b.converters(converter), b -> b.converters(converter));
    }

    private <T> void add(OptionSpec.Builder b, T initial, Consumer<T> to, Trait... traits) {
        Binding<T> binding = new Binding<>(to);
        b.getter(binding).setter(binding).initialValue(initial).hasInitialValue(true).converters(converter(b.type()));
        for (Trait t : traits) {
            t.option().accept(b);
        }
        spec.addOption(b.build());
    }

    /**
     * A path made directly: picocli's own converter for it calls {@code Paths.get} by reflection, which costs a
     * command about 5 ms the first time. Other types keep picocli's converters (none: an empty array).
     */
    private static ITypeConverter<?>[] converter(Class<?> type) {
        return type == Path.class ? new ITypeConverter<?>[] {(ITypeConverter<Path>) Path::of} : new ITypeConverter<?>[0];
    }

    /** Hands each value to the field's lambda, and keeps it for picocli, which adds to a list it is building. */
    private static final class Binding<T> implements IGetter, ISetter {
        private final Consumer<T> to;
        private Object value;

        Binding(Consumer<T> to) {
            this.to = to;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            Object old = this.value;
            this.value = value;
            to.accept((T) value);
            return (V) old;
        }
    }
}
