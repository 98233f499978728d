package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class ArgsTests {
    /** A verb with one of each kind, as the real ones declare them. */
    static final class Sample extends Verb {
        String id;
        String title;
        boolean force;
        int count;
        List<String> inputs;
        Map<String, String> values;

        @Override
        Args declare() {
            return Args.command(this, "A sample.")
                    .param("ID", "The node.", v -> id = v)
                    .param("TITLE", "A title.", v -> title = v, Args.optional())
                    .flag("-f, --force", "Force.", v -> force = v)
                    .option("--count", "N", int.class, 3, "How many.", v -> count = v, Args.defaultValue("3"))
                    .list("--input", "SPEC", "An input.", v -> inputs = v)
                    .map("--set", "KEY=VALUE", "A value.", v -> values = v);
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    private final WfCommand top = new WfCommand(new CliEnv(Map.of(), Path.of("."), null, false));
    private final Sample sample = new Sample();
    private final CommandLine cl = new CommandLine(top.spec).addSubcommand("sample", sample.declared("sample"));

    @Test
    void eachValueReachesItsField() {
        cl.parseArgs("sample", "a", "b", "-f", "--count=7", "--input", "x", "--input", "y", "--set", "k=v");

        assertThat(sample.id).isEqualTo("a");
        assertThat(sample.title).isEqualTo("b");
        assertThat(sample.force).isTrue();
        assertThat(sample.count).isEqualTo(7);
        assertThat(sample.inputs).containsExactly("x", "y");
        assertThat(sample.values).containsExactly(Map.entry("k", "v"));
    }

    /** wf mcp parses many command lines with one model: nothing may stay from the one before. */
    @Test
    void aSecondParseStartsFromTheInitialValues() {
        cl.parseArgs("sample", "a", "b", "-f", "--count=7", "--input", "x", "--set", "k=v", "--json", "-C", "d");
        cl.parseArgs("sample", "c");

        assertThat(sample.id).isEqualTo("c");
        assertThat(sample.title).isNull();
        assertThat(sample.force).isFalse();
        assertThat(sample.count).isEqualTo(3);
        assertThat(sample.inputs).isEmpty();
        assertThat(sample.values).isEmpty();
        assertThat(top.global.json).isFalse();
        assertThat(top.global.dir).isNull();
        assertThat(top.global.waitSeconds).isEqualTo(10);
    }

    @Test
    void theTopCommandsOptionsAreTakenAfterTheVerbToo() {
        cl.parseArgs("sample", "a", "--json", "-C", "elsewhere", "--wait", "0");

        assertThat(top.global.json).isTrue();
        assertThat(top.global.dir).isEqualTo(Path.of("elsewhere"));
        assertThat(top.global.waitSeconds).isZero();
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        assertThatThrownBy(() -> cl.parseArgs("sample")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("Missing required parameter: 'ID'");
    }

    /** As the annotated verbs said it: picocli lists the missing options and the first missing parameter. */
    @Test
    void aMissingRequiredOptionIsNamedWithTheMissingParameter() {
        CommandLine goTo = new CommandLine(top.spec).addSubcommand("goto", new GotoCommand().declared("goto"));

        assertThatThrownBy(() -> goTo.parseArgs("goto")).isInstanceOf(ParameterException.class)
                .hasMessage("Missing required options and parameters: '--why=REASON', 'ID'");
    }

    @Test
    void theHelpOptionsComeLastAsPicocliPutsThem() {
        assertThat(sample.spec.options().stream().map(o -> o.longestName()).toList()).startsWith("--force",
                "--count", "--input", "--set", "--help", "--version");
    }
}
