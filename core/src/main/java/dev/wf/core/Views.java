package dev.wf.core;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Workflow;
import dev.wf.core.render.Abridge;
import dev.wf.core.render.ContextBlock;
import dev.wf.core.render.Export;
import dev.wf.core.rules.Paths;
import dev.wf.core.render.PointerNote;
import dev.wf.core.report.Survey;
import dev.wf.core.report.WhereReport;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Regenerates current-pointer.md in each workflow and the block in CONTEXT.md, writing only what changed. */
final class Views {
    static final String CONTEXT = "CONTEXT.md";
    static final String OVERRIDES = ".wf/templates";
    /** The most nodes the CONTEXT.md graph draws before it is abridged (as many as wf where's tree has rows). */
    static final int GRAPH_BUDGET = 40;
    private static final int MAX_FORK_DEPTH = 64;

    private final Engine engine;

    Views(Engine engine) {
        this.engine = engine;
    }

    /** Stages the views that changed; returns where the chain stands after the change (null: no workflow). */
    WhereReport write(Draft d, Transaction tx) throws IOException {
        List<StateFolder> folders = new ArrayList<>();
        List<Survey.Level> levels = chain(d, folders);
        Set<Path> done = new HashSet<>();
        WhereReport whole = null;
        for (int i = 0; i < levels.size(); i++) {
            WhereReport r = Survey.where(levels.subList(i, levels.size()), engine.now(), engine.settings.stuckDays());
            whole = whole == null ? r : whole;
            put(tx, folders.get(i).pointer(), PointerNote.render(r));
            done.add(folders.get(i).dir());
        }
        for (Draft.Entry e : d.entries()) {
            if (!done.contains(e.folder.dir())) {
                WhereReport r = Survey.where(List.of(new Survey.Level(e.workflow, e.folder.handle())), engine.now(),
                        engine.settings.stuckDays());
                put(tx, e.folder.pointer(), PointerNote.render(r));
            }
        }
        if (!levels.isEmpty()) {
            put(tx, engine.project.resolve(CONTEXT), context(d, levels, whole));
        }
        return whole;
    }

    private String context(Draft d, List<Survey.Level> levels, WhereReport full) throws IOException {
        WhereReport top = levels.size() == 1 ? full
                : Survey.where(levels.subList(0, 1), engine.now(), engine.settings.stuckDays());
        WhereReport shown = new WhereReport(full.chain(), top.goal(), top.current(), top.next(), full.forks(),
                List.of(), top.tree(), false);
        String block = ContextBlock.render(template(engine.project, "CONTEXT-section.md"), shown,
                levels.get(0).workflow().lastUpdated(), graph(d));
        Path file = engine.project.resolve(CONTEXT);
        String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        return ContextBlock.splice(existing, block);
    }

    /** The {@code {{mermaid}}} text: the root and every fork as the change leaves them; empty when turned off. */
    private String graph(Draft d) {
        if (!ProjectConfig.read(engine.home()).mermaid()) {
            return "";
        }
        List<Map.Entry<String, Workflow>> all = new ArrayList<>();
        forks(d, engine.root, 0, new HashSet<>(), all);
        return ContextBlock.mermaid(Abridge.fit(Export.graph(all), GRAPH_BUDGET));
    }

    /**
     * The workflow in {@code f} and, below it, each fork's sub-workflow that can be read (wf check reports the rest).
     * A folder is read once, however hand edits or links lead back to it.
     */
    private static void forks(Draft d, StateFolder f, int depth, Set<Path> seen,
            List<Map.Entry<String, Workflow>> out) {
        Workflow w;
        try {
            w = seen.add(real(f.dir())) ? tree(d, f) : null;
        } catch (WfException e) {
            return;
        }
        if (w == null) {
            return;
        }
        out.add(Map.entry(f.handle(), w));
        for (Fork k : w.forks()) {
            if (depth < MAX_FORK_DEPTH && Paths.below(k.subWorkflow())) {
                forks(d, f.fork(k.id(), k.subWorkflow()), depth + 1, seen, out);
            }
        }
    }

    private static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize(); // a folder the change is about to create
        }
    }

    /** The chain after the change: root first, then each open fork the pointer leads into. */
    private List<Survey.Level> chain(Draft d, List<StateFolder> folders) {
        Map<Path, Workflow> trees = new HashMap<>();
        folders.addAll(engine.root.chain(f -> trees.computeIfAbsent(f.dir(), k -> tree(d, f))));
        return folders.stream().map(f -> new Survey.Level(trees.get(f.dir()), f.handle())).toList();
    }

    private static Workflow tree(Draft d, StateFolder f) {
        return d.entry(f.dir()).map(e -> e.workflow).orElseGet(() -> f.exists() ? f.load().workflow() : null);
    }

    private static void put(Transaction tx, Path file, String content) throws IOException {
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            tx.write(file, content);
        }
    }

    /** A template: the project's override in .wf/templates, else the one shipped with wf. */
    static String template(Path project, String name) throws IOException {
        Path override = project.resolve(OVERRIDES).resolve(name);
        if (Files.isRegularFile(override)) {
            return Files.readString(override, StandardCharsets.UTF_8);
        }
        try (InputStream in = Views.class.getResourceAsStream("/dev/wf/core/templates/" + name)) {
            if (in == null) {
                throw new IOException("template " + name + " is missing from wf's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
