package dev.wf.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.wf.core.model.Event;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One change to the project's files, all or nothing. New file contents are staged and forced to disk; then a
 * journal naming them and the log lines is written and renamed into place (the commit point); then the log lines
 * are appended and the staged files renamed over their targets. A crash before the journal leaves the old state,
 * one after it is finished by {@link #recover}. Call only while holding the {@link StateLock}.
 */
public final class Transaction {
    static final String STAGING = ".wf-staging";
    private static final String JOURNAL = "journal.json";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path root;
    private final Path staging;
    private final Map<Path, byte[]> writes = new LinkedHashMap<>();
    private final Map<Path, List<String>> appends = new LinkedHashMap<>();

    /** A transaction over files under {@code projectRoot}, staged in {@code stateDir}. */
    public Transaction(Path projectRoot, Path stateDir) {
        this.root = projectRoot;
        this.staging = stateDir.resolve(STAGING);
    }

    public Transaction write(Path target, String content) {
        writes.put(target, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Transaction append(Path log, List<Event> events) {
        List<String> lines = appends.computeIfAbsent(log, k -> new ArrayList<>());
        events.forEach(e -> lines.add(EventCodec.toLine(e)));
        return this;
    }

    public boolean isEmpty() {
        return writes.isEmpty() && appends.isEmpty();
    }

    public void commit() throws IOException {
        if (isEmpty()) {
            return;
        }
        Files.createDirectories(staging);
        List<String[]> staged = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
            Path tmp = staging.resolve((n++) + ".tmp");
            Durable.write(tmp, w.getValue());
            staged.add(new String[] {rel(w.getKey()), tmp.getFileName().toString()});
        }
        Path journalTmp = staging.resolve(JOURNAL + ".tmp");
        Durable.write(journalTmp, journal(staged).getBytes(StandardCharsets.UTF_8));
        Durable.rename(journalTmp, staging.resolve(JOURNAL));
        finish(staged, appendsByRelativePath());
    }

    private void finish(List<String[]> staged, Map<String, List<String>> logLines) throws IOException {
        for (Map.Entry<String, List<String>> a : logLines.entrySet()) {
            Path log = root.resolve(a.getKey());
            Files.createDirectories(log.toAbsolutePath().getParent());
            EventLog.append(log, a.getValue());
        }
        for (String[] s : staged) {
            Path target = root.resolve(s[0]);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Durable.rename(staging.resolve(s[1]), target);
        }
        Files.deleteIfExists(staging.resolve(JOURNAL));
        Durable.syncFolder(staging);
    }

    /**
     * Finishes or rolls back a change that a crash interrupted. Returns what it did, or empty if nothing was
     * pending. Call only while holding the lock.
     */
    public static Optional<String> recover(Path projectRoot, Path stateDir) throws IOException {
        Path staging = stateDir.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return Optional.empty();
        }
        Path journal = staging.resolve(JOURNAL);
        if (Files.exists(journal)) {
            Transaction t = new Transaction(projectRoot, stateDir);
            Journal j = Journal.parse(Files.readString(journal, StandardCharsets.UTF_8));
            List<String[]> staged = new ArrayList<>();
            for (String[] s : j.staged()) {
                if (Files.exists(staging.resolve(s[1]))) {
                    staged.add(s);
                }
            }
            t.finish(staged, missingLines(projectRoot, j.appends()));
            return Optional.of("finished an interrupted change (" + j.appends().values().stream()
                    .mapToInt(List::size).sum() + " event(s))");
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        return removed == 0 ? Optional.empty() : Optional.of("rolled back an interrupted change that had not"
                + " committed");
    }

    /** Whether a change may be pending: cheap enough to ask before every read. */
    public static boolean pending(Path stateDir) {
        Path staging = stateDir.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return true;
        }
    }

    /** The journal's lines that the log does not hold yet (it may hold some, or a torn part of one). */
    private static Map<String, List<String>> missingLines(Path root, Map<String, List<String>> appends)
            throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> a : appends.entrySet()) {
            Set<String> present = new HashSet<>();
            EventLog.tail(root.resolve(a.getKey()), a.getValue().size() + 16).forEach(e -> present.add(e.id()));
            List<String> missing = new ArrayList<>();
            for (String line : a.getValue()) {
                if (!present.contains(EventCodec.fromLine(line).id())) {
                    missing.add(line);
                }
            }
            out.put(a.getKey(), missing);
        }
        return out;
    }

    private Map<String, List<String>> appendsByRelativePath() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        appends.forEach((k, v) -> out.put(rel(k), v));
        return out;
    }

    private String rel(Path p) {
        return root.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
    }

    private String journal(List<String[]> staged) throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        List<Object> w = new ArrayList<>();
        staged.forEach(s -> w.add(List.of(s[0], s[1])));
        j.put("writes", w);
        j.put("appends", appendsByRelativePath());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            JsonData.write(g, j);
        }
        return out.toString();
    }

    private record Journal(List<String[]> staged, Map<String, List<String>> appends) {
        @SuppressWarnings("unchecked")
        static Journal parse(String text) throws IOException {
            try (JsonParser p = JSON.createParser(text)) {
                p.nextToken();
                Map<String, Object> m = (Map<String, Object>) JsonData.read(p);
                List<String[]> staged = new ArrayList<>();
                for (Object o : (List<Object>) m.get("writes")) {
                    List<Object> pair = (List<Object>) o;
                    staged.add(new String[] {(String) pair.get(0), (String) pair.get(1)});
                }
                Map<String, List<String>> appends = new LinkedHashMap<>();
                ((Map<String, Object>) m.get("appends")).forEach((k, v) -> appends.put(k, (List<String>) v));
                return new Journal(staged, appends);
            }
        }
    }
}
