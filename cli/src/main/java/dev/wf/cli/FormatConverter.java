package dev.wf.cli;

import dev.wf.core.render.Export;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Export formats in lower case on the command line. */
final class FormatConverter implements ITypeConverter<Export.Format> {
    @Override
    public Export.Format convert(String value) {
        try {
            return Export.Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a format (mermaid, dot, json, markdown)");
        }
    }

    /** The names, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Export.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
