package dev.wf.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One change to the project's files, all or nothing. New file contents are staged and forced to disk; then a
 * journal naming them, the hashes of the files they replace, and the log lines (with each log's size before the
 * append) is written and renamed into place: the commit point. Then the lines are appended and the staged files
 * renamed over their targets. A crash before the journal leaves the old state; one after it is finished by
 * {@link #recover}. Call only while holding the {@link StateLock}.
 */
public final class Transaction {
    public static final String STAGING = ".wf-staging";
    private static final String JOURNAL = "journal.json";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path root;
    private final Path staging;
    private final Map<Path, byte[]> writes = new LinkedHashMap<>();
    private final Map<Path, List<String>> appends = new LinkedHashMap<>();
    private final Set<Path> own = new HashSet<>();

    /** A transaction over files under {@code projectRoot}, staged in {@code stateDir}. */
    public Transaction(Path projectRoot, Path stateDir) {
        this.root = projectRoot;
        this.staging = stateDir.resolve(STAGING);
    }

    public Transaction write(Path target, String content) {
        writes.put(target, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Writes a file that only wf writes and reads (its copy of what it last wrote): finishing an interrupted change
     * puts it in place without asking whether someone changed it since, so no hashes of it are taken.
     */
    public Transaction writeOwn(Path target, String content) {
        own.add(target);
        return write(target, content);
    }

    public Transaction append(Path log, List<Event> events) {
        List<String> lines = appends.computeIfAbsent(log, k -> new ArrayList<>());
        events.forEach(e -> lines.add(EventCodec.toLine(e)));
        return this;
    }

    public boolean isEmpty() {
        return writes.isEmpty() && appends.isEmpty();
    }

    /**
     * A staged file: where it goes, its name in the staging folder, the target's hash before, and its own (both null
     * for wf's own files).
     */
    private record Staged(String target, String file, String before, String after) {
    }

    /** Lines for one log, and the log's size before they are appended. */
    private record Append(String log, long from, List<String> lines) {
    }

    public void commit() throws IOException {
        commit(() -> { });
    }

    /**
     * Commits, running {@code check} once the new files are staged and before the commit point: a check that throws
     * (a guard still at work on another thread, say) leaves nothing staged and nothing committed.
     */
    public void commit(Runnable check) throws IOException {
        if (isEmpty()) {
            check.run();
            return;
        }
        Files.createDirectories(staging);
        List<Staged> staged = new ArrayList<>();
        List<Append> lines = new ArrayList<>();
        try {
            for (Path target : writes.keySet()) {
                placeable(target);
            }
            for (Path log : appends.keySet()) {
                placeable(log);
            }
            for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
                String file = staged.size() + ".tmp";
                Durable.write(staging.resolve(file), w.getValue());
                boolean checked = !own.contains(w.getKey());
                staged.add(new Staged(rel(w.getKey()), file, checked ? hashOf(w.getKey()) : null,
                        checked ? Hashing.sha256(w.getValue()) : null));
            }
            for (Map.Entry<Path, List<String>> a : appends.entrySet()) {
                lines.add(new Append(rel(a.getKey()), Files.exists(a.getKey()) ? Files.size(a.getKey()) : 0, a.getValue()));
            }
            check.run();
            Path journalTmp = staging.resolve(JOURNAL + ".tmp");
            Durable.write(journalTmp, journal(staged, lines).getBytes(StandardCharsets.UTF_8));
            Durable.rename(journalTmp, staging.resolve(JOURNAL));
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(staging.resolve(JOURNAL))) { // before the commit point: leave nothing behind
                try {
                    rollBack(staging);
                } catch (IOException ignored) {
                    // the next command rolls back what is left
                }
            }
            throw e;
        }
        try {
            finish(root, staging, staged, lines);
        } catch (IOException e) {
            throw new WfException(ErrorKind.STORAGE, "the change is committed but could not be completed ("
                    + e.getMessage() + ")", null, "the next wf command completes it once the cause is fixed", e);
        }
    }

    /**
     * Makes sure, before the commit point, that a file can go to {@code target}: its folders exist (made now if
     * need be) and it is not a folder. A change that could not be completed must fail before it commits.
     */
    private static void placeable(Path target) throws IOException {
        Durable.folders(target.toAbsolutePath().getParent());
        if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder, not a file");
        }
    }

    /**
     * Appends the lines and puts the staged files in place, then forces each folder they went to once, before the
     * journal goes: until then {@link #recover} would do it all again.
     */
    private static void finish(Path root, Path staging, List<Staged> staged, List<Append> appends)
            throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Append a : appends) {
            Path log = root.resolve(a.log());
            Durable.folders(folderOf(log, folders));
            EventLog.append(log, a.lines());
        }
        for (Staged s : staged) {
            Path target = root.resolve(s.target());
            Durable.folders(folderOf(target, folders));
            Durable.move(staging.resolve(s.file()), target);
        }
        folders.forEach(Durable::syncFolder);
        Files.deleteIfExists(staging.resolve(JOURNAL));
        Durable.syncFolder(staging);
    }

    /** The folder a file goes in, noted among those to force. */
    private static Path folderOf(Path file, Set<Path> folders) {
        Path folder = file.toAbsolutePath().getParent();
        folders.add(folder);
        return folder;
    }

    /**
     * Finishes or rolls back a change that a crash interrupted, and says what it did; empty if nothing was pending.
     * A target that someone changed after the crash is kept beside it as {@code NAME.conflict-N} before the
     * committed version replaces it. Call only while holding the lock.
     */
    public static Optional<String> recover(Path projectRoot, Path stateDir) throws IOException {
        Path staging = stateDir.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return Optional.empty();
        }
        Path journal = staging.resolve(JOURNAL);
        if (!Files.exists(journal)) {
            return rollBack(staging);
        }
        Journal j = Journal.parse(Files.readString(journal, StandardCharsets.UTF_8));
        List<Append> missing = new ArrayList<>();
        int events = 0;
        for (Append a : j.appends()) {
            List<String> lines = missingLines(projectRoot.resolve(a.log()), a);
            events += lines.size();
            missing.add(new Append(a.log(), a.from(), lines));
        }
        List<Staged> pending = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Staged s : j.staged()) {
            if (Files.exists(staging.resolve(s.file()))) {
                pending.add(s);
                keepForeign(projectRoot.resolve(s.target()), s).ifPresent(kept::add);
            }
        }
        finish(projectRoot, staging, pending, missing);
        return Optional.of("finished an interrupted change: " + events + " event(s) appended, " + pending.size()
                + " file(s) put in place" + (kept.isEmpty() ? "" : "; changed since, kept as " + String.join(", ", kept)));
    }

    private static Optional<String> rollBack(Path staging) throws IOException {
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

    /** Copies a target aside when it is neither what the change started from nor what it wrote. */
    private static Optional<String> keepForeign(Path target, Staged s) throws IOException {
        if (s.after() == null) { // wf's own file
            return Optional.empty();
        }
        String now = hashOf(target);
        if (now == null || now.equals(s.before()) || now.equals(s.after())) {
            return Optional.empty();
        }
        Path aside = target;
        for (int n = 1; Files.exists(aside); n++) {
            aside = target.resolveSibling(target.getFileName() + ".conflict-" + n);
        }
        Files.copy(target, aside, StandardCopyOption.COPY_ATTRIBUTES);
        return Optional.of(aside.getFileName().toString());
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

    /** The journal's lines that the log does not hold after the size it had: some may be there, or torn. */
    private static List<String> missingLines(Path log, Append a) throws IOException {
        Set<String> present = new HashSet<>();
        EventLog.readFrom(log, a.from()).events().forEach(e -> present.add(e.id()));
        List<String> missing = new ArrayList<>();
        for (String line : a.lines()) {
            if (!present.contains(EventCodec.fromLine(line).id())) {
                missing.add(line);
            }
        }
        return missing;
    }

    private static String hashOf(Path file) throws IOException {
        return Files.isRegularFile(file) ? Hashing.sha256(Files.readAllBytes(file)) : null;
    }

    private String rel(Path p) {
        return root.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
    }

    private static String journal(List<Staged> staged, List<Append> appends) throws IOException {
        List<Object> w = new ArrayList<>();
        staged.forEach(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", s.target());
            m.put("file", s.file());
            m.put("before", s.before());
            m.put("after", s.after());
            w.add(m);
        });
        List<Object> a = new ArrayList<>();
        appends.forEach(x -> a.add(Map.of("log", x.log(), "from", x.from(), "lines", x.lines())));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            JsonData.write(g, Map.of("writes", w, "appends", a));
        }
        return out.toString();
    }

    private record Journal(List<Staged> staged, List<Append> appends) {
        @SuppressWarnings("unchecked")
        static Journal parse(String text) throws IOException {
            try (JsonParser p = JSON.createParser(text)) {
                p.nextToken();
                Map<String, Object> m = (Map<String, Object>) JsonData.read(p);
                List<Staged> staged = new ArrayList<>();
                for (Object o : (List<Object>) m.get("writes")) {
                    Map<String, Object> s = (Map<String, Object>) o;
                    staged.add(new Staged((String) s.get("target"), (String) s.get("file"), (String) s.get("before"),
                            (String) s.get("after")));
                }
                List<Append> appends = new ArrayList<>();
                for (Object o : (List<Object>) m.get("appends")) {
                    Map<String, Object> x = (Map<String, Object>) o;
                    appends.add(new Append((String) x.get("log"), ((Number) x.get("from")).longValue(),
                            (List<String>) x.get("lines")));
                }
                return new Journal(staged, appends);
            }
        }
    }
}
