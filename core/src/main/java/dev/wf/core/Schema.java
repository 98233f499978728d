package dev.wf.core;

import dev.wf.core.store.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema of workflow.yaml, kept beside the root workflow.yaml so that editors validate and complete it: each
 * workflow.yaml that wf creates names it in a {@code # yaml-language-server: $schema=...} first line.
 */
final class Schema {
    static final String FILE = "workflow.schema.json";
    static final String MODELINE = "# yaml-language-server: $schema=";
    private static String text;

    private Schema() {
    }

    /** The text with the modeline first, naming the schema relative to the folder the file is in. */
    static String withModeline(String yaml, Path folder, Path rootState) {
        String relative = folder.relativize(rootState.resolve(FILE)).toString().replace('\\', '/');
        String body = yaml;
        if (yaml.startsWith(MODELINE)) { // copied from another folder (a template, a run): the path is redone
            int end = yaml.indexOf('\n');
            body = end < 0 ? "" : yaml.substring(end + 1);
        }
        return MODELINE + relative + (yaml.contains("\r\n") ? "\r\n" : "\n") + body;
    }

    /** Stages the schema file in the root state folder when it is missing or not the one this wf ships. */
    static void stage(Path rootState, Transaction tx) throws IOException {
        Path file = rootState.resolve(FILE);
        String shipped = shipped();
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(shipped)) {
            tx.write(file, shipped);
        }
    }

    static synchronized String shipped() {
        if (text == null) {
            try (InputStream in = Schema.class.getResourceAsStream("/dev/wf/core/schema/" + FILE)) {
                if (in == null) {
                    throw new IOException(FILE + " is missing from wf's jar");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }
}
