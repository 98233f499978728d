package dev.wf.core;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Event;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Change;
import dev.wf.core.store.Layout;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflows one command works on, and what it changes in them. Operations change the draft; the engine checks
 * and commits it as one transaction.
 */
final class Draft {
    /** A workflow as the command leaves it: its folder, its new tree, the layout to write it with, its events. */
    static final class Entry {
        final StateFolder folder;
        final Loaded loaded;
        final Layout layout;
        Workflow workflow;
        boolean changed;
        final List<Event> events = new ArrayList<>();

        Entry(StateFolder folder, Loaded loaded, Workflow workflow, Layout layout) {
            this.folder = folder;
            this.loaded = loaded;
            this.workflow = workflow;
            this.layout = layout;
        }
    }

    private final List<Loaded> chain;
    private final Map<Path, Entry> entries = new LinkedHashMap<>();
    private final String now;
    final List<String> notices = new ArrayList<>();
    /** Set by the commit: the events as logged, and where the chain stands after the change (null: no workflow). */
    final List<Event> published = new ArrayList<>();
    dev.wf.core.report.WhereReport where;

    private final java.util.function.BiFunction<StateFolder, Draft, Loaded> loader;

    Draft(List<Loaded> chain, String now, java.util.function.BiFunction<StateFolder, Draft, Loaded> loader) {
        this.chain = List.copyOf(chain);
        this.now = now;
        this.loader = loader;
    }

    /** A workflow outside the chain, read and checked as the engine reads the chain. */
    Loaded load(StateFolder folder) {
        for (Loaded l : chain) {
            if (l.folder().dir().equals(folder.dir())) {
                return l;
            }
        }
        return loader.apply(folder, this);
    }

    String now() {
        return now;
    }

    List<Loaded> chain() {
        return chain;
    }

    Loaded active() {
        if (chain.isEmpty()) {
            throw WfException.invalid("no workflow here", "start one with wf start");
        }
        return chain.get(chain.size() - 1);
    }

    /** The tree of a loaded workflow as this draft has it so far. */
    Workflow tree(Loaded l) {
        Entry e = entries.get(l.folder().dir());
        return e == null ? l.workflow() : e.workflow;
    }

    void apply(Loaded l, Change c) {
        Entry e = entries.computeIfAbsent(l.folder().dir(), k -> new Entry(l.folder(), l, l.workflow(), l.layout()));
        e.workflow = c.after();
        e.changed = true;
        e.events.addAll(c.events());
    }

    void create(StateFolder folder, Workflow w, List<Event> events, Layout layout) {
        Entry e = new Entry(folder, null, w, layout == null ? Layout.empty() : layout);
        e.changed = true;
        e.events.addAll(events);
        entries.put(folder.dir(), e);
    }

    /** Other files the change writes (a .gitignore on start), in the same transaction. */
    final Map<Path, String> files = new LinkedHashMap<>();

    /** Events for a loaded workflow that change nothing in its tree (edit.detected, recovered). */
    void log(Loaded l, List<Event> events) {
        entries.computeIfAbsent(l.folder().dir(), k -> new Entry(l.folder(), l, l.workflow(), l.layout()))
                .events.addAll(events);
    }

    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The draft's entry for a state folder, if the command touched it. */
    Optional<Entry> entry(Path dir) {
        return Optional.ofNullable(entries.get(dir));
    }

    /** The loaded workflow of the chain that holds this fork, if any. */
    Optional<Loaded> holderOf(String forkId) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (tree(chain.get(i)).fork(forkId).isPresent()) {
                return Optional.of(chain.get(i));
            }
        }
        return Optional.empty();
    }

    /** The workflow of the chain whose tree holds the node (or goal) with this id, deepest first. */
    Optional<Loaded> holderOfNode(String id) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Workflow w = tree(chain.get(i));
            if (w.node(id).isPresent() || w.goal().id().equals(id)) {
                return Optional.of(chain.get(i));
            }
        }
        return Optional.empty();
    }
}
