package dev.wf.core;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import dev.wf.core.model.Fork;
import dev.wf.core.model.Workflow;
import dev.wf.core.store.StateFolder;
import dev.wf.core.store.StateFolder.Loaded;
import java.util.Arrays;
import java.util.List;

/**
 * What a command's argument names: a node (or goal) in one of the project's workflows, or a fork with its
 * sub-workflow. {@code fork-id/node-id} reaches into a sub-workflow from the root or from the workflow of the active
 * chain that holds the fork; a leading {@code /} starts at the root ({@code /ID}, {@code /FORK/ID}); a plain id is
 * looked for in the active workflow first, then up the chain.
 */
record Target(Loaded loaded, String id, Loaded sub) {

    static Target of(Draft d, String ref) {
        if (ref == null || ref.isBlank()) {
            throw WfException.invalid("an id is needed", "see the ids with wf where");
        }
        if (ref.startsWith("/")) { // anchored at the root: /ID, /FORK/ID
            String rest = ref.substring(1);
            List<String> parts = Arrays.asList(rest.split("/", -1));
            Loaded holder = walkFrom(d, d.chain().get(0), parts.subList(0, parts.size() - 1), ref);
            String id = parts.get(parts.size() - 1);
            if (d.tree(holder).node(id).isEmpty() && !d.tree(holder).goal().id().equals(id)) {
                throw WfException.invalid("no node '" + clean(id) + "' in " + holder.workflow().goal().id(),
                        "see the ids with wf where");
            }
            return new Target(holder, id, null);
        }
        if (ref.contains("/")) {
            List<String> parts = Arrays.asList(ref.split("/", -1));
            Loaded holder = walk(d, parts.subList(0, parts.size() - 1), ref);
            return new Target(holder, parts.get(parts.size() - 1), null);
        }
        return d.holderOfNode(ref).map(l -> new Target(l, ref, null)).orElseThrow(() -> WfException.invalid(
                "no node '" + clean(ref) + "' in " + d.active().workflow().goal().id()
                        + (d.chain().size() > 1 ? " or the workflows above it" : ""),
                "see the ids with wf where; reach into a fork with FORK/ID"));
    }

    static Target current(Draft d) {
        Loaded l = d.active();
        String cur = d.tree(l).currentNode();
        if (cur == null) {
            throw WfException.invalid("there is no current step in " + l.workflow().goal().id(),
                    "add one with wf add " + l.workflow().goal().id() + " TITLE, or name an id");
        }
        return new Target(l, cur, null);
    }

    /** A fork by handle ({@code a/b} from the root, or a plain id up the chain); null means the deepest open one. */
    static Target fork(Draft d, String handle) {
        List<Loaded> chain = d.chain();
        if (handle == null) {
            if (chain.size() < 2) {
                throw WfException.rule("nothing to resume: no fork is open", "open one with wf fork REASON");
            }
            Loaded sub = chain.get(chain.size() - 1);
            List<String> path = sub.folder().forkPath();
            return new Target(chain.get(chain.size() - 2), path.get(path.size() - 1), sub);
        }
        Loaded holder;
        String id;
        if (handle.contains("/")) {
            List<String> parts = Arrays.asList(handle.split("/", -1));
            holder = walk(d, parts.subList(0, parts.size() - 1), handle);
            id = parts.get(parts.size() - 1);
        } else {
            id = handle;
            holder = d.holderOf(handle).orElseThrow(() -> WfException.invalid("no fork '" + clean(handle)
                    + "' in the active chain", "see the forks with wf list; name a nested one as A/B"));
        }
        Fork f = d.tree(holder).fork(id).orElseThrow(() -> WfException.invalid("no fork '" + clean(id) + "' in "
                + holder.workflow().goal().id(), "see the forks with wf list"));
        return new Target(holder, id, load(d, holder.folder().fork(f.id(), f.subWorkflow())));
    }

    /** Follows fork ids from the root, or from the deepest workflow of the chain that holds the first one. */
    private static Loaded walk(Draft d, List<String> forks, String ref) {
        Loaded l = d.chain().get(0);
        if (!forks.isEmpty() && d.tree(l).fork(forks.get(0)).isEmpty()) {
            l = d.holderOf(forks.get(0)).orElse(l);
        }
        return walkFrom(d, l, forks, ref);
    }

    private static Loaded walkFrom(Draft d, Loaded start, List<String> forks, String ref) {
        Loaded l = start;
        for (String seg : forks) {
            Workflow w = d.tree(l);
            Fork f = w.fork(seg).orElseThrow(() -> WfException.invalid("no fork '" + clean(seg) + "' on the way to '"
                    + clean(ref) + "'", "FORK/NODE starts at the workflow holding FORK; /NODE and /FORK/NODE start at"
                    + " the root"));
            l = load(d, l.folder().fork(f.id(), f.subWorkflow()));
        }
        return l;
    }

    private static Loaded load(Draft d, StateFolder folder) {
        if (!folder.exists()) {
            throw new WfException(ErrorKind.RULE, "the sub-workflow folder is missing", folder.label(),
                    "restore it, or wf abandon the fork");
        }
        return d.load(folder);
    }

    private static String clean(String s) {
        return dev.wf.core.render.Safe.line(s);
    }
}
