package dev.wf.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML value as wf reads and writes it: plain data plus the 1-based position it came from (0 when made by wf).
 * Unlike SnakeYAML's nodes these are immutable and carry nothing but what the writer needs.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Map, YamlValue.Seq {

    int line();

    int column();

    /** A scalar; {@code value} is null for a YAML null. {@code plain} is false for quoted and block scalars. */
    record Scalar(String value, boolean plain, int line, int column) implements YamlValue {
        public static Scalar of(String value) {
            return new Scalar(value, false, 0, 0);
        }

        /**
         * Equal when the value is, and YAML gives both the same type: quoting matters only for a value that plain
         * would make a number, a boolean or null. Where it stood in a file does not matter.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Scalar s && Objects.equals(value, s.value) && typed() == s.typed();
        }

        /** Whether YAML reads this as something other than a string (a plain 123, true, ~). */
        private boolean typed() {
            return plain && value != null && ScalarStyle.special(value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, typed());
        }
    }

    /** A mapping entry. An {@code omittable} entry is left out of the file unless the file already had it. */
    record Entry(String key, YamlValue value, int line, int column, boolean omittable) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && key.equals(e.key) && value.equals(e.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, value);
        }
    }

    record Map(List<Entry> entries, int line, int column) implements YamlValue {
        public Map {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(get(key));
        }

        /** The entry with this key, or null. */
        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map m && entries.equals(m.entries);
        }

        @Override
        public int hashCode() {
            return entries.hashCode();
        }
    }

    record Seq(List<YamlValue> items, int line, int column) implements YamlValue {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Seq q && items.equals(q.items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }
    }

    /**
     * The layout path of a sequence item: {@code @ID} for an item with an id (ids are unique in a workflow, so its
     * comments follow it wherever it moves or is renamed), else its index under the sequence's path.
     */
    static String itemPath(String seqPath, YamlValue item, int index) {
        if (item instanceof Map m) {
            Optional<Entry> id = m.entry("id");
            if (id.isPresent() && id.get().value() instanceof Scalar s && s.value() != null) {
                return "@" + s.value();
            }
        }
        return seqPath + "[#" + index + "]";
    }
}
