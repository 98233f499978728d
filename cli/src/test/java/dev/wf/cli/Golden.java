package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Golden files for --json output: what varies from run to run replaced by a fixed marker, pretty-printed with the
 * key order kept, then compared with the file, or written to it under {@code -Dwf.golden.update=true}.
 */
final class Golden {
    /** Rewrite the golden files from the current output instead of comparing (then review the diff). */
    static final boolean UPDATE = Boolean.getBoolean("wf.golden.update");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
            .withObjectEmptySeparator("")).withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private Golden() {
    }

    /** The module folder (cli/), found from where the test classes are, whatever the working folder. */
    static Path module() {
        try {
            return Path.of(Golden.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path folder() {
        return module().resolve("src/test/resources/json-golden");
    }

    /**
     * Replaces only what truly varies: the temporary folder ({@code <tmp>}), the random last 8 hex digits of event
     * ids, git commit hashes (40 hex digits, and the 12 that wf prints), the pid of a lock's holder, and the version
     * numbers of wf and Java.
     */
    static String normalise(String out, Path root) throws IOException {
        String s = out.replace(root.toRealPath().toString(), "<tmp>").replace(root.toString(), "<tmp>");
        s = s.replaceAll("(\"id\":\"[0-9a-f]{15})[0-9a-f]{8}\"", "$1<random>\"");
        s = s.replaceAll("\\b[0-9a-f]{40}\\b", "<commit>").replaceAll("\\b[0-9a-f]{12}\\b", "<commit:12>");
        s = s.replaceAll("\\bpid [0-9]+", "pid <pid>");
        return s.replaceAll("\\{\"version\":\"[^\"]*\",\"java\":\"[^\"]*\"}",
                "{\"version\":\"<version>\",\"java\":\"<java>\"}");
    }

    /** The one JSON document on stdout, pretty-printed; fails unless stdout is one line holding one document. */
    static String document(String out) throws IOException {
        assertThat(out).as("stdout is one line").endsWith("\n").hasLineCount(1);
        return JSON.writer(PRETTY).writeValueAsString(JSON.readTree(out)) + "\n";
    }

    /** A stream (wf log --follow): one document per line, each parsed, kept as printed. */
    static String lines(String out) throws IOException {
        for (String line : out.lines().toList()) {
            JSON.readTree(line);
        }
        return out;
    }

    /** The {@code notices} of a change document; none for any other output. */
    static String[] notices(String out) throws IOException {
        JsonNode notices = out.startsWith("{") ? JSON.readTree(out.lines().findFirst().orElseThrow()).path("notices")
                : JSON.missingNode();
        List<String> all = new ArrayList<>();
        notices.forEach(n -> all.add(n.asText()));
        return all.toArray(String[]::new);
    }

    static void compare(String file, String actual) throws IOException {
        Path golden = folder().resolve(file);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s: write it with -Dwf.golden.update=true", file).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** Every key in a golden file, except inside an event's free-form {@code data}. */
    static Set<String> keys(Path golden) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        String text = Files.readString(golden, StandardCharsets.UTF_8);
        for (String doc : golden.toString().endsWith(".jsonl") ? text.lines().toList() : List.of(text)) {
            collect(JSON.readTree(doc), keys);
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        boolean event = node.has("ts") && node.has("type");
        node.properties().forEach(e -> {
            keys.add(e.getKey());
            if (!(event && e.getKey().equals("data"))) {
                collect(e.getValue(), keys);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, keys));
        }
    }

    static Set<String> files() throws IOException {
        try (var s = Files.list(folder())) {
            return s.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
