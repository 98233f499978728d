package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.error.WfException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The quick reader held to SnakeYAML Engine: for BlockReaderProperties and for the YAML loader's fuzz target, which
 * lives outside this package.
 */
public final class QuickReaderCheck {
    private QuickReaderCheck() {
    }

    /** Whether the quick reader took the text; fails when it read it unlike SnakeYAML, or SnakeYAML refuses it. */
    public static boolean sameAsSnakeYaml(String text) {
        Map<Object, int[]> quickEnds = new IdentityHashMap<>();
        YamlValue quick = BlockReader.read(text, YamlLimits.DEFAULT, quickEnds);
        assertThat(BlockReader.read(text, YamlLimits.DEFAULT, null) == null).as(text).isEqualTo(quick == null);
        if (quick == null) {
            return false;
        }
        Map<Object, int[]> snakeEnds = new IdentityHashMap<>();
        YamlValue snake;
        try {
            snake = YamlReader.snakeYaml(text, "t.yaml", YamlLimits.DEFAULT, snakeEnds);
        } catch (WfException e) {
            throw new AssertionError("read quickly, but SnakeYAML refuses it (" + e.oneLine() + "):\n" + text, e);
        }
        assertThat(dump(quick, quickEnds)).as(text).isEqualTo(dump(snake, snakeEnds));
        return true;
    }

    /** Every value with its position and its recorded end, in document order. */
    private static String dump(YamlValue v, Map<Object, int[]> ends) {
        StringBuilder out = new StringBuilder();
        dump(v, ends, out, "");
        return out.toString();
    }

    private static void dump(YamlValue v, Map<Object, int[]> ends, StringBuilder out, String in) {
        out.append(in).append(v.getClass().getSimpleName()).append(" @").append(v.line()).append(':')
                .append(v.column()).append(" end ").append(java.util.Arrays.toString(ends.get(v)));
        if (v instanceof YamlValue.Scalar s) {
            out.append(s.plain() ? " plain " : " quoted ").append(s.value() == null ? "null"
                    : "'" + s.value().replace("\n", "\\n") + "'").append('\n');
        } else if (v instanceof YamlValue.Map m) {
            out.append('\n');
            for (YamlValue.Entry e : m.entries()) {
                out.append(in).append(" key ").append(e.key()).append(" @").append(e.line()).append(':')
                        .append(e.column()).append(" end ").append(java.util.Arrays.toString(ends.get(e)))
                        .append('\n');
                dump(e.value(), ends, out, in + "  ");
            }
        } else {
            out.append('\n');
            for (YamlValue item : ((YamlValue.Seq) v).items()) {
                dump(item, ends, out, in + "  ");
            }
        }
    }
}
